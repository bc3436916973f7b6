package uk.dap.server.portal.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date typed into three boxes: each missing part named, a day that does not exist refused, never moved. */
class DateFieldTest {
    private static DateField.Parsed parse(String day, String month, String year) {
        return DateField.parse("the date of the meeting", "Date of the meeting", day, month, year);
    }

    @Test
    void aRealDateIsRead() {
        assertThat(parse("7", "12", "2026").date()).isEqualTo(LocalDate.of(2026, 12, 7));
    }

    @Test
    void whatIsMissingIsNamed() {
        assertThat(parse("", "", "").error()).isEqualTo("Enter the date of the meeting");
        assertThat(parse("7", "", "").error()).isEqualTo("Date of the meeting must include a month and a year");
        assertThat(parse("", "12", "2026").error()).isEqualTo("Date of the meeting must include a day");
    }

    @Test
    void aDayThatDoesNotExistIsRefusedNotMovedToOneThatDoes() {
        assertThat(parse("31", "2", "2027").error()).isEqualTo("Date of the meeting must be a real date");
        assertThat(parse("31", "2", "2027").date()).isNull();
        assertThat(parse("7", "Dec", "2026").error()).contains("in numbers");
        assertThat(parse("7", "12", "26").error()).contains("in numbers");
    }
}
