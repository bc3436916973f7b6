package uk.dap.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A date is read in the ways a UK user writes it; a day the month does not have is refused, never moved. */
class DateFieldTest {

    private static LocalDate typed(String text) {
        DateField field = new DateField();
        field.setText(text);
        return field.date("date of birth");
    }

    @Test
    void readsTheWaysAUkUserWritesADate() {
        assertThat(typed("23/11/2026")).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(typed("23 Nov 2026")).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(typed("2026-11-23")).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(typed("29/02/2028")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(typed("  ")).isNull();
    }

    @Test
    void aDayTheMonthDoesNotHaveIsRefusedNotMovedToTheEndOfTheMonth() {
        assertThatThrownBy(() -> typed("31/02/2026")).hasMessage("Enter the date of birth as DD/MM/YYYY, for example 23/11/2026.");
        assertThatThrownBy(() -> typed("29/02/2026")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> typed("31 Apr 2026")).isInstanceOf(IllegalArgumentException.class);
    }
}
