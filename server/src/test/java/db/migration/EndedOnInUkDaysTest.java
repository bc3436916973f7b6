package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class EndedOnInUkDaysTest {
    @Test
    void aMomentJustBeforeMidnightUtcInSummerIsTheNextUkDay() {
        assertThat(V19_1__Ended_on_in_uk_days.ukDay(LocalDateTime.of(2026, 7, 14, 23, 30))).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(V19_1__Ended_on_in_uk_days.ukDay(LocalDateTime.of(2026, 12, 14, 23, 30))).as("winter: UTC is UK time")
                .isEqualTo(LocalDate.of(2026, 12, 14));
    }
}
