package uk.dap.server.enrolment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.WithdrawalReason;

/** The enrolment state machine: the one happy path, and every move it must refuse. */
class EnrolmentStateMachineTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void referredToCompletedTakesTheDocumentedPath() {
        Enrolment e = new Enrolment(1L, 2L, "FREEDOM");
        e.assessed();
        e.moveTo(EnrolmentState.ASSESSED);
        e.decided(true);
        e.waitFor(7L);
        e.offerPlace(NOW);
        e.enrolIn(7L, NOW);
        assertThat(e.isOffered()).isFalse();
        e.complete(TODAY, NOW);
        assertThat(e.state()).isEqualTo(EnrolmentState.COMPLETED);
        assertThat(e.allowedNext()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(EnrolmentState.class)
    void everyMoveNotInTheTableIsRefusedNamingTheAllowedOnes(EnrolmentState from) {
        Set<EnrolmentState> allowed = Enrolment.allowedFrom(from);
        for (EnrolmentState to : EnumSet.allOf(EnrolmentState.class)) {
            if (allowed.contains(to)) {
                continue;
            }
            Enrolment e = reach(from);
            assertThatThrownBy(() -> e.moveTo(to)).isInstanceOfSatisfying(DomainException.class, ex -> {
                assertThat(ex.type()).isEqualTo(ProblemType.ILLEGAL_TRANSITION);
                assertThat(ex.allowed()).containsExactlyInAnyOrderElementsOf(allowed.stream().map(Enum::name).toList());
            });
            assertThat(e.state()).as("a refused move changes nothing").isEqualTo(from);
        }
    }

    @Test
    void finishedEnrolmentsCannotChange() {
        for (EnrolmentState end : EnumSet.of(EnrolmentState.INELIGIBLE, EnrolmentState.COMPLETED, EnrolmentState.WITHDRAWN)) {
            assertThat(Enrolment.allowedFrom(end)).as(end.name()).isEmpty();
        }
    }

    @Test
    void withdrawalKeepsTheReasonAndNote() {
        Enrolment e = reach(EnrolmentState.ENROLLED);
        e.withdraw(WithdrawalReason.IN_CUSTODY, "  Remanded  ", TODAY, NOW);
        assertThat(e.withdrawalReason()).isEqualTo(WithdrawalReason.IN_CUSTODY);
        assertThat(e.withdrawalNote()).isEqualTo("Remanded");
    }

    @Test
    void otherNeedsANoteSayingWhy() {
        Enrolment e = reach(EnrolmentState.ENROLLED);
        assertThatThrownBy(() -> e.withdraw(WithdrawalReason.OTHER, "  ", TODAY, NOW)).isInstanceOf(DomainException.class)
                .hasMessageContaining("write a note");
        assertThat(e.state()).isEqualTo(EnrolmentState.ENROLLED);
        e.withdraw(WithdrawalReason.OTHER, "Started full-time work on group evenings", TODAY, NOW);
        assertThat(e.state()).isEqualTo(EnrolmentState.WITHDRAWN);
    }

    /** An enrolment brought to {@code state} by legal moves. */
    private static Enrolment reach(EnrolmentState state) {
        Enrolment e = new Enrolment(1L, 2L, "FREEDOM");
        switch (state) {
            case REFERRED -> { }
            case ASSESSED -> e.assessed();
            case ELIGIBLE -> { e.assessed(); e.decided(true); }
            case INELIGIBLE -> { e.assessed(); e.decided(false); }
            case WAITING -> { e.assessed(); e.decided(true); e.waitFor(7L); }
            case ENROLLED -> { e.assessed(); e.decided(true); e.enrolIn(7L, NOW); }
            case COMPLETED -> { e.assessed(); e.decided(true); e.enrolIn(7L, NOW); e.complete(TODAY, NOW); }
            case WITHDRAWN -> e.withdraw(WithdrawalReason.OTHER, "Test", TODAY, NOW);
        }
        return e;
    }
}
