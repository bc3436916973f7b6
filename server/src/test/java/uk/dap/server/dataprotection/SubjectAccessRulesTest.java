package uk.dap.server.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.dap.server.common.DomainException;
import uk.dap.server.dataprotection.application.SubjectAccessPacks;
import uk.dap.server.dataprotection.domain.SubjectAccessRequest;

/** The subject access request's time limit and the pack's redaction of other people's details, without a server. */
class SubjectAccessRulesTest {
    private static final Instant NOW = Instant.parse("2027-01-31T10:00:00Z");

    @Test
    void aRequestIsDueOneCalendarMonthAfterItWasReceivedAndTheLastDayOfAShorterMonth() {
        assertThat(request(LocalDate.of(2027, 1, 31)).deadline()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(request(LocalDate.of(2027, 3, 15)).deadline()).isEqualTo(LocalDate.of(2027, 4, 15));
    }

    @Test
    void itWarnsFromSevenDaysBeforeAndSaysWhenItIsOverdue() {
        SubjectAccessRequest received = request(LocalDate.of(2027, 1, 10));
        assertThat(received.warning(LocalDate.of(2027, 2, 2))).isNull();
        assertThat(received.warning(LocalDate.of(2027, 2, 3))).isEqualTo("Due in 7 days (10 Feb 2027)");
        assertThat(received.warning(LocalDate.of(2027, 2, 9))).isEqualTo("Due in 1 day (10 Feb 2027)");
        assertThat(received.warning(LocalDate.of(2027, 2, 10))).isEqualTo("Due today");
        assertThat(received.warning(LocalDate.of(2027, 2, 13))).isEqualTo("Overdue by 3 days (due 10 Feb 2027)");
    }

    @Test
    void itIsExtendedOnceByTwoFurtherMonths() {
        SubjectAccessRequest received = request(LocalDate.of(2027, 1, 10));
        received.extend("Complex");
        assertThat(received.deadline()).isEqualTo(LocalDate.of(2027, 4, 10));
        assertThatThrownBy(() -> received.extend("Again")).isInstanceOf(DomainException.class).hasMessageContaining("already extended");
    }

    @Test
    void otherPeoplesNamesAddressesAndPhonesAreTakenOutAsWholeWordsInAnyCase() {
        SubjectAccessPacks.Redaction redaction = SubjectAccessPacks.redaction(Set.of("Nerys", "Jones", "7 Hidden Lane, Refugetown", "00000 999777"));
        assertThat(redaction.apply("NERYS said Jones moved to 7 Hidden Lane; call 00000999777 or 00000 999777. Jonesy stays."))
                .isEqualTo("[someone else's details removed] said [someone else's details removed] moved to [someone else's details removed];"
                        + " call [someone else's details removed] or [someone else's details removed]. Jonesy stays.");
        assertThat(redaction.apply("Lives in Refugetown now")).isEqualTo("Lives in [someone else's details removed] now");
    }

    private static SubjectAccessRequest request(LocalDate received) {
        return new SubjectAccessRequest(1L, received, "Photo ID", "lead", NOW);
    }
}
