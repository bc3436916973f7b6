package uk.dap.server.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.dap.server.participant.application.ParticipantAccess;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.Caller;
import uk.dap.shared.api.participant.ContactDetails;
import uk.dap.shared.api.participant.Gender;
import uk.dap.shared.api.participant.NewParticipant;
import uk.dap.shared.security.Role;

/** The contact-details decision fails closed: only explicit entitlements see confidential details. */
class ContactAccessTest {
    private static final long KEY_WORKER = 7L;

    private static Participant participant(boolean confidential, Long keyWorker) {
        Participant p = new Participant(new NewParticipant("Test", "Person", LocalDate.of(1990, 1, 1), Gender.FEMALE, null, false, null,
                new ContactDetails("1 Test Street (fictional)", null, null, null), confidential, confidential ? "Refuge" : null, null, keyWorker, false),
                1L, Instant.EPOCH);
        return p;
    }

    /** The lead's side also needs an open referral to a programme they lead: that part is in ParticipantPrivacyIT. */
    @Test
    void confidentialDetailsGoToTheAssignedKeyWorkerAndLeadsOnly() {
        Participant p = participant(true, KEY_WORKER);
        assertThat(ParticipantAccess.roleAllowsContact(new Caller("kw", Role.KEY_WORKER, KEY_WORKER, null, null), p)).isTrue();
        assertThat(ParticipantAccess.roleAllowsContact(new Caller("lead", Role.PROGRAMME_LEAD, 9L, null, null), p)).isTrue();
        assertThat(ParticipantAccess.roleAllowsContact(new Caller("kw2", Role.KEY_WORKER, 8L, null, null), p)).isFalse();
        assertThat(ParticipantAccess.roleAllowsContact(new Caller("ref", Role.REFERRER, 3L, null, null), p)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"FACILITATOR", "ADMIN", "KIOSK"})
    void theseRolesNeverSeeContactDetailsEvenWhenNotConfidential(Role role) {
        assertThat(ParticipantAccess.roleAllowsContact(new Caller("x", role, 5L, null, null), participant(false, KEY_WORKER))).isFalse();
    }

    @Test
    void withoutAKnownCallerNothingIsShown() {
        Participant unassigned = participant(true, null);
        assertThat(ParticipantAccess.roleAllowsContact(null, unassigned)).isFalse();
        assertThat(ParticipantAccess.roleAllowsContact(new Caller("kw", Role.KEY_WORKER, null, null, null), unassigned))
                .as("a key worker without an account id never matches an unassigned record").isFalse();
        assertThat(new ParticipantAccess().participantScope(new Caller("lead", Role.PROGRAMME_LEAD, null, null, null)).condition())
                .isEqualTo("1 = 0");
    }
}
