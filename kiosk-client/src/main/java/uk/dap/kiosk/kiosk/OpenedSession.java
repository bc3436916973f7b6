package uk.dap.kiosk.kiosk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.dap.shared.api.attendance.KioskRoster;
import uk.dap.shared.api.attendance.RosterPerson;
import uk.dap.shared.api.evaluation.KioskDue;
import uk.dap.shared.api.evaluation.Stage;

/**
 * The session the kiosk has open, as this kiosk knows it: the roster the server last sent, who signed in here (their
 * sign-ins may still be in the outbox), which questionnaires were answered here, and what was due at the last look.
 * Plain Java, no Swing and no network, so that what the roster shows and what is offered can be tested on their own;
 * {@link KioskFlow} changes it on the event thread (the roster and what was due are read by its network thread too).
 */
final class OpenedSession {
    private volatile KioskRoster roster;
    /** {@link RosterPerson#key()} of each person (a mother, or a child beside her) who signed in here. */
    private final Set<String> signedHere = new HashSet<>();
    /** "person instrument stage" of each questionnaire answered here, so that it is not offered again. */
    private final Set<String> answeredHere = new HashSet<>();
    private volatile List<KioskDue> lastDue = List.of();

    boolean isOpen() {
        return roster != null;
    }

    /** The roster as shown, or null when no session is open. */
    KioskRoster roster() {
        return roster;
    }

    Long sessionId() {
        KioskRoster r = roster;
        return r == null ? null : r.sessionId();
    }

    /** A session opened with a PIN: what this kiosk knew of another session is forgotten. */
    void opened(KioskRoster opened) {
        if (!opened.sessionId().equals(sessionId())) {
            signedHere.clear();
        }
        roster = opened;
    }

    /** Today's session restored from disk at start, with the sign-ins still waiting in the outbox for it. */
    void restored(KioskRoster saved, Collection<String> signedInHere) {
        if (roster == null) {
            roster = saved;
            signedHere.addAll(signedInHere);
        }
    }

    /** Whether the facilitator has closed the session's register (as the server said when last asked). */
    boolean registerClosed() {
        KioskRoster r = roster;
        return r != null && r.registerClosed();
    }

    /** The roster as shown: signed in if the server says so or this kiosk took their sign-in. */
    List<RosterPerson> people() {
        return people(roster);
    }

    private List<RosterPerson> people(KioskRoster r) {
        return r.people().stream()
                .map(p -> new RosterPerson(p.enrolmentId(), p.displayName(), p.language(), p.signedIn() || signedHere.contains(p.key()),
                        p.childId()))
                .toList();
    }

    /** Someone signed in here (by {@link RosterPerson#key()}); the roster to keep on disk. */
    KioskRoster signedIn(String key) {
        signedHere.add(key);
        roster = withSignedIn(roster);
        return roster;
    }

    /** A roster fetched again from the server; empty when it is for a session no longer open here. */
    Optional<KioskRoster> refreshed(KioskRoster fresh) {
        if (roster == null || !roster.sessionId().equals(fresh.sessionId())) {
            return Optional.empty();
        }
        roster = withSignedIn(fresh);
        return Optional.of(roster);
    }

    private KioskRoster withSignedIn(KioskRoster r) {
        return new KioskRoster(r.sessionId(), r.programmeName(), r.date(), r.startTime(), r.durationMinutes(), r.lateAfterMinutes(),
                r.openedBy(), people(r), r.registerClosed());
    }

    /** What the server said is due, kept for starting a questionnaire while it cannot be reached. */
    void due(List<KioskDue> due) {
        lastDue = List.copyOf(due);
    }

    List<KioskDue> lastDue() {
        return lastDue;
    }

    /** The due entry behind an offer, if the last look had one. */
    Optional<KioskDue> dueFor(Long enrolmentId, Long childId, String instrument) {
        return lastDue.stream().filter(d -> d.enrolmentId().equals(enrolmentId) && java.util.Objects.equals(d.childId(), childId)
                && d.instrument().equals(instrument)).findFirst();
    }

    /** What is due, for people signed in (on the server or on this kiosk), without what was answered here since. */
    List<QuestionnaireChoiceScreen.Offer> offers(List<KioskDue> due) {
        List<QuestionnaireChoiceScreen.Offer> offers = new ArrayList<>();
        List<RosterPerson> people = people();
        for (KioskDue d : due) {
            String who = person(d.enrolmentId(), d.childId());
            if (answeredHere.contains(key(who, d.instrument(), d.stage()))) {
                continue;
            }
            // A child's questionnaire is offered once the child has signed in, under the child's own name.
            people.stream().filter(p -> p.signedIn() && p.key().equals(who)).findFirst()
                    .ifPresent(p -> offers.add(new QuestionnaireChoiceScreen.Offer(p.enrolmentId(), p.childId(), p.displayName(), p.language(),
                            d.instrument(), d.title())));
        }
        return offers;
    }

    void answered(Long enrolmentId, Long childId, String instrument, Stage stage) {
        answeredHere.add(key(person(enrolmentId, childId), instrument, stage));
    }

    /** The same key as {@link RosterPerson#key()}, from an enrolment and a child (null for the enrolled person). */
    static String person(Long enrolmentId, Long childId) {
        return childId == null ? enrolmentId.toString() : enrolmentId + "/" + childId;
    }

    /** The session is closed on this kiosk: nothing of it is kept. */
    void end() {
        roster = null;
        signedHere.clear();
        answeredHere.clear();
        lastDue = List.of();
    }

    private static String key(String person, String instrument, Stage stage) {
        return person + " " + instrument + " " + stage;
    }
}
