package uk.dap.server.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.dap.server.casework.domain.Appointment;
import uk.dap.server.casework.domain.CaseNoteVersion;
import uk.dap.server.casework.domain.SensitiveAccessGrant;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.casework.AppointmentOutcome;
import uk.dap.shared.api.casework.AppointmentType;

/** The casework rules that need no database: note versions, grant expiry, marking appointments. */
class CaseworkRulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aNoteCannotBeDatedInTheFuture() {
        assertThatThrownBy(() -> CaseNoteVersion.first(1L, TODAY.plusDays(1), TODAY, "x", false, 2L, "A", NOW))
                .isInstanceOf(DomainException.class).hasMessageContaining("cannot be in the future");
    }

    @Test
    void aCorrectionIsTheNextVersionWithAReasonAndNeverUnmarksSensitivity() {
        CaseNoteVersion first = CaseNoteVersion.first(1L, TODAY, TODAY, " First words ", true, 2L, "A", NOW);
        assertThat(first.text()).isEqualTo("First words");

        CaseNoteVersion second = first.correctedBy("Better words", null, null, "Typo", TODAY, 3L, "B", NOW.plusSeconds(60));

        assertThat(second.number()).isEqualTo(2);
        assertThat(second.occurredOn()).isEqualTo(TODAY);
        assertThat(second.sensitive()).as("sensitivity carries over").isTrue();
        assertThat(second.correctionReason()).isEqualTo("Typo");
        assertThat(first.text()).as("the first version is untouched").isEqualTo("First words");
        assertThatThrownBy(() -> first.correctedBy("x", null, false, "Not sensitive after all", TODAY, 3L, "B", NOW))
                .hasMessageContaining("stays sensitive");
        assertThatThrownBy(() -> first.correctedBy("x", null, null, " ", TODAY, 3L, "B", NOW)).hasMessageContaining("why");
    }

    @Test
    void aGrantOpensFromItsStartUntilItsExpiryAndNotAfter() {
        SensitiveAccessGrant grant = new SensitiveAccessGrant(1L, 2L, "Conference report", NOW, Duration.ofMinutes(60));

        assertThat(grant.isActiveAt(NOW)).isTrue();
        assertThat(grant.isActiveAt(NOW.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(grant.isActiveAt(NOW.plus(Duration.ofMinutes(60)))).as("expired").isFalse();
        assertThat(grant.isActiveAt(NOW.minusSeconds(1))).isFalse();
    }

    @Test
    void anAppointmentIsMarkedOnceItHasStartedAndAChangeNeedsAReason() {
        Appointment visit = new Appointment(1L, AppointmentType.HOME_VISIT, NOW, "Key worker", "Key worker", NOW.minusSeconds(86_400));

        assertThatThrownBy(() -> visit.mark(AppointmentOutcome.KEPT, null, "K", NOW.minusSeconds(1))).hasMessageContaining("not started");
        assertThat(visit.mark(AppointmentOutcome.KEPT, null, "K", NOW)).isNull();
        assertThatThrownBy(() -> visit.mark(AppointmentOutcome.MISSED, null, "K", NOW)).hasMessageContaining("reason");
        assertThatThrownBy(() -> visit.mark(AppointmentOutcome.KEPT, "again", "K", NOW)).hasMessageContaining("already marked");
        assertThat(visit.mark(AppointmentOutcome.MISSED, "Nobody was in", "K", NOW)).isEqualTo(AppointmentOutcome.KEPT);
        assertThat(visit.changeReason()).isEqualTo("Nobody was in");
    }
}
