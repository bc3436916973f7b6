package uk.dap.server.report.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompletionReportsTest {
    @Test
    void theMedianOfAnOddListIsItsMiddleAndOfAnEvenListTheMeanOfTheTwoMiddles() {
        assertThat(CompletionReports.median(List.of())).isNull();
        assertThat(CompletionReports.median(List.of(21L, 7L, 70L))).isEqualTo(3.0);
        assertThat(CompletionReports.median(List.of(14L, 7L, 28L, 35L))).as("(14 + 28) / 2 = 21 days").isEqualTo(3.0);
        assertThat(CompletionReports.median(List.of(10L))).as("10 days, to one decimal place of a week").isEqualTo(1.4);
    }
}
