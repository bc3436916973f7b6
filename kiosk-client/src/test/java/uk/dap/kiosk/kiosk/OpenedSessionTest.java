package uk.dap.kiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.dap.shared.api.attendance.KioskRoster;
import uk.dap.shared.api.attendance.RosterPerson;
import uk.dap.shared.api.evaluation.KioskDue;
import uk.dap.shared.api.evaluation.Stage;

/**
 * What the kiosk shows of the session it has open, without Swing or a server: who has signed in (by the server's word
 * or this kiosk's, whose sign-ins may still be waiting in the outbox) and which questionnaires to offer.
 */
class OpenedSessionTest {
    private static final RosterPerson ANNA = new RosterPerson(1L, "Anna E.", null, false, null);
    private static final RosterPerson BEA = new RosterPerson(2L, "Bea F.", "Polish", true, null);
    private static final RosterPerson CAT = new RosterPerson(3L, "Cat G.", null, false, null);

    private static KioskRoster roster(long session, RosterPerson... people) {
        return new KioskRoster(session, "Freedom Programme", LocalDate.of(2026, 12, 7), LocalTime.of(10, 0), 120, 10, "Fran P.", List.of(people), false);
    }

    private static List<String> signedIn(OpenedSession session) {
        return session.people().stream().filter(RosterPerson::signedIn).map(RosterPerson::displayName).toList();
    }

    @Test
    void someoneSignedInHereStaysSignedInWhenTheServerHasNotHeardYet() {
        OpenedSession session = new OpenedSession();
        session.opened(roster(7, ANNA, BEA, CAT));

        KioskRoster kept = session.signedIn("1");
        session.refreshed(roster(7, ANNA, BEA, CAT)); // the server has not had Anna's sign-in yet

        assertThat(signedIn(session)).containsExactly("Anna E.", "Bea F.");
        assertThat(kept.people()).filteredOn(RosterPerson::signedIn).extracting(RosterPerson::displayName).containsExactly("Anna E.", "Bea F.");
        assertThat(session.refreshed(roster(8, ANNA))).as("a roster for another session is not taken").isEmpty();
        assertThat(session.sessionId()).isEqualTo(7L);
    }

    @Test
    void anotherSessionOpenedForgetsWhoSignedInHereAndEndingForgetsEverything() {
        OpenedSession session = new OpenedSession();
        session.opened(roster(7, ANNA, CAT));
        session.signedIn("3");
        session.opened(roster(9, ANNA, CAT));
        assertThat(signedIn(session)).isEmpty();

        session.end();
        assertThat(session.isOpen()).isFalse();
        assertThat(session.lastDue()).isEmpty();
    }

    @Test
    void questionnairesAreOfferedToPeopleSignedInAndNotAgainOnceAnsweredHere() {
        OpenedSession session = new OpenedSession();
        session.restored(roster(7, ANNA, BEA, CAT), List.of("3")); // Cat's sign-in waits in the outbox
        List<KioskDue> due = List.of(new KioskDue(1L, Stage.PRE, "RSES", "Self-esteem", null, null),
                new KioskDue(2L, Stage.PRE, "RSES", "Self-esteem", null, null), new KioskDue(3L, Stage.PRE, "RSES", "Self-esteem", null, null),
                new KioskDue(3L, Stage.PRE, "WEMWBS", "Wellbeing", null, null));
        session.due(due);

        session.answered(3L, null, "RSES", Stage.PRE);

        assertThat(session.offers(due)).extracting(o -> o.displayName() + " " + o.instrument())
                .as("Anna has not signed in; Cat answered RSES here").containsExactly("Bea F. RSES", "Cat G. WEMWBS");
        assertThat(session.dueFor(3L, null, "WEMWBS")).isPresent();
        assertThat(session.dueFor(1L, null, "WEMWBS")).isEmpty();
    }

    @Test
    void eachChildOfAFamilySignsInForThemselvesAndIsOfferedTheirOwnQuestionnaire() {
        RosterPerson mum = new RosterPerson(4L, "Dana H.", null, false, null);
        RosterPerson ella = new RosterPerson(4L, "Ella H.", null, false, 41L);
        RosterPerson finn = new RosterPerson(4L, "Finn H.", null, false, 42L);
        OpenedSession session = new OpenedSession();
        session.opened(roster(7, mum, ella, finn));

        session.signedIn(mum.key());
        session.signedIn(ella.key());
        List<KioskDue> due = List.of(new KioskDue(4L, Stage.PRE, "RSES", "Self-esteem", null, null),
                new KioskDue(4L, Stage.PRE, "CHILD_FEELINGS", "How I feel", 41L, "Ella H."),
                new KioskDue(4L, Stage.PRE, "CHILD_FEELINGS", "How I feel", 42L, "Finn H."));
        session.due(due);

        assertThat(signedIn(session)).as("Finn has not signed in yet").containsExactly("Dana H.", "Ella H.");
        assertThat(session.offers(due)).extracting(o -> o.displayName() + " " + o.instrument() + " " + o.childId())
                .containsExactly("Dana H. RSES null", "Ella H. CHILD_FEELINGS 41");
        session.answered(4L, 41L, "CHILD_FEELINGS", Stage.PRE);
        assertThat(session.offers(due)).extracting(QuestionnaireChoiceScreen.Offer::displayName).as("Ella answered; her mother's stays")
                .containsExactly("Dana H.");
        assertThat(session.dueFor(4L, 42L, "CHILD_FEELINGS")).isPresent();
        assertThat(session.dueFor(4L, null, "CHILD_FEELINGS")).as("the mother has no children's questionnaire of her own").isEmpty();
    }
}
