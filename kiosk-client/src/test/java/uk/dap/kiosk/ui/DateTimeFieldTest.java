package uk.dap.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A date and time is read as UK wall-clock time, in the ways a UK user writes it, or refused with a sentence. */
class DateTimeFieldTest {

    @Test
    void readsTheWaysAUkUserWritesADateAndTimeAsUkWallClockTime() {
        Instant summer = Instant.parse("2026-07-23T13:30:00Z"); // 14:30 British Summer Time
        assertThat(DateTimeField.parse("23/07/2026 14:30", "When")).isEqualTo(summer);
        assertThat(DateTimeField.parse(" 23/7/2026 14:30 ", "When")).isEqualTo(summer);
        assertThat(DateTimeField.parse("23 Jul 2026 14:30", "When")).isEqualTo(summer);
        assertThat(DateTimeField.parse("2026-07-23T14:30", "When")).isEqualTo(summer);
        assertThat(DateTimeField.parse("23/11/2026 14:30", "When")).isEqualTo(Instant.parse("2026-11-23T14:30:00Z"));
    }

    @Test
    void anythingElseIsRefusedWithASentenceNamingTheField() {
        assertThatThrownBy(() -> DateTimeField.parse("31/02/2026 14:30", "When")).hasMessage("When: type the date and time such as 23/11/2026 14:30.");
        assertThatThrownBy(() -> DateTimeField.parse("tomorrow", "When")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateTimeField.parse("", "When")).isInstanceOf(IllegalArgumentException.class);
    }
}
