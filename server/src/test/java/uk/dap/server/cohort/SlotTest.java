package uk.dap.server.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import uk.dap.server.cohort.domain.Slot;

/** Two sessions at one venue clash when they overlap or come within the buffer of each other. */
class SlotTest {
    private static final LocalDate DAY = LocalDate.of(2027, 3, 2);
    private static final Duration HALF_AN_HOUR = Duration.ofMinutes(30);
    private static final Slot FREEDOM = new Slot(1L, DAY, LocalTime.of(9, 0), 120);

    private static Slot at(long venue, String time) {
        return new Slot(venue, DAY, LocalTime.parse(time), 120);
    }

    @Test
    void backToBackAndWithinTheBufferClashEitherSide() {
        assertThat(FREEDOM.clashesWith(at(1, "11:00"), HALF_AN_HOUR)).as("starting as she leaves").isTrue();
        assertThat(FREEDOM.clashesWith(at(1, "11:29"), HALF_AN_HOUR)).isTrue();
        assertThat(FREEDOM.clashesWith(at(1, "06:31"), HALF_AN_HOUR)).as("ending 29 minutes before she arrives").isTrue();
        assertThat(at(1, "11:00").clashesWith(FREEDOM, HALF_AN_HOUR)).as("either way round").isTrue();
    }

    @Test
    void halfAnHourApartAnotherVenueOrNoBufferDoNotClash() {
        assertThat(FREEDOM.clashesWith(at(1, "11:30"), HALF_AN_HOUR)).isFalse();
        assertThat(FREEDOM.clashesWith(at(1, "06:30"), HALF_AN_HOUR)).isFalse();
        assertThat(FREEDOM.clashesWith(at(2, "10:00"), HALF_AN_HOUR)).as("another venue").isFalse();
        assertThat(FREEDOM.clashesWith(at(1, "11:00"), Duration.ZERO)).as("no buffer: an 11:00 end is not an overlap").isFalse();
        assertThat(FREEDOM.clashesWith(at(1, "10:59"), Duration.ZERO)).isTrue();
        assertThat(FREEDOM.clashesWith(new Slot(1L, DAY.plusDays(1), LocalTime.of(9, 0), 120), HALF_AN_HOUR)).as("another day").isFalse();
    }
}
