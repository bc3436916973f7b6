package uk.dap.server.progress.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.dap.server.alert.application.Alerts;
import uk.dap.server.attendance.domain.Attendance;
import uk.dap.server.attendance.domain.AttendanceTally;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.common.DomainException;
import uk.dap.server.enrolment.application.EnrolmentStays;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.enrolment.domain.Stay;
import uk.dap.server.evaluation.application.Evaluations;
import uk.dap.server.outcome.application.Outcomes;
import uk.dap.server.participant.application.ParticipantAccess;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.programme.application.ProgrammeCatalogue;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.progress.AttendanceSummary;
import uk.dap.shared.api.progress.EnrolmentProgress;
import uk.dap.shared.api.progress.ParticipantProgress;
import uk.dap.shared.api.progress.WeekMark;
import uk.dap.shared.text.UkDates;

/**
 * The participant's progress page (attendance, scores before and after, alerts, outcome): for their key worker, the
 * lead of each programme (that programme's enrolments only) and the social worker who referred them (their own
 * referrals only, restricted). Facilitators are refused at the door: the registers are all their work needs.
 */
@ApplicationScoped
public class ProgressPages {
    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    ParticipantAccess access;
    @Inject
    ProgrammeCatalogue programmes;
    @Inject
    Alerts alerts;
    @Inject
    Outcomes outcomes;
    @Inject
    Evaluations evaluations;
    @Inject
    AuditTrail audit;
    @Inject
    EnrolmentStays stays;
    @Inject
    Clock clock;

    @Transactional
    public ParticipantProgress progress(Long participantId) {
        Page page = assemble(participantId);
        audit.record("READ_PROGRESS", "Participant", page.participant().id(), AuditOutcome.SUCCESS,
                page.progress().enrolments().size() + " enrolments");
        return page.progress();
    }

    /** The page and the person it is about (for documents that also print the date of birth). */
    public record Page(Participant participant, ParticipantProgress progress) {
    }

    /**
     * The page as the caller may see it, without the page's audit entry: for other uses of the same figures (the
     * progress report), which write their own. 404 when the caller may not see the participant.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Page assemble(Long participantId) {
        Caller caller = currentCaller.require();
        Participant participant = access.find(caller, participantId).orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND,
                "There is no person " + Participant.reference(participantId) + " that you may see."));
        boolean restricted = Access.restricted(caller);
        ParticipantAccess.Scope scope = access.referralScope(caller);
        List<Enrolment> enrolments = scope.apply(em.createQuery("SELECT e FROM Enrolment e, Referral r WHERE r.id = e.referralId"
                        + " AND e.participantId = :p AND " + scope.condition() + " ORDER BY e.id DESC", Enrolment.class))
                .setParameter("p", participant.id()).getResultList();
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        List<EnrolmentProgress> views = new ArrayList<>();
        for (Enrolment e : enrolments) {
            views.add(view(e, restricted, today));
        }
        return new Page(participant, new ParticipantProgress(participant.id(), participant.reference(), participant.firstName(),
                participant.lastName(), restricted, views));
    }

    /**
     * One enrolment's attendance over the sessions of its stays (in date order) and its marks by session id: the count
     * the page shows, also used for lists of many enrolments. Someone on the waiting list, or placed later than the
     * cohort's start, has no record for sessions before them; someone moved to another cohort keeps what they had.
     */
    public static AttendanceTally tally(List<Stay> stays, List<CohortSession> sessions, Map<Long, AttendanceStatus> marks, LocalDate today) {
        if (stays.isEmpty()) {
            return AttendanceTally.over(List.of(), today, List.of());
        }
        List<AttendanceTally.Mark> personal = new ArrayList<>();
        for (CohortSession s : sessions) {
            personal.add(new AttendanceTally.Mark(s, marks.get(s.id())));
        }
        return AttendanceTally.over(personal, today, stays);
    }

    private EnrolmentProgress view(Enrolment e, boolean restricted, LocalDate today) {
        List<Stay> theirs = stays.of(e);
        Map<Long, AttendanceStatus> marks = new HashMap<>();
        for (Attendance a : em.createQuery("SELECT a FROM Attendance a WHERE a.enrolmentId = :e", Attendance.class)
                .setParameter("e", e.id()).getResultList()) {
            marks.put(a.sessionId(), a.status());
        }
        // Every session of the current cohort, and those of a cohort they left that were theirs.
        List<CohortSession> sessions = (e.cohortId() == null ? List.<CohortSession>of() : stays.sessions(e, theirs)).stream()
                .filter(s -> s.cohortId().equals(e.cohortId()) || marks.containsKey(s.id()) || Stay.within(theirs, s.cohortId(), s.date()))
                .toList();
        List<WeekMark> weeks = new ArrayList<>();
        for (CohortSession s : sessions) {
            weeks.add(new WeekMark(s.number(), s.date(), s.status(), marks.get(s.id())));
        }
        AttendanceTally t = tally(theirs, sessions, marks, today);
        AttendanceSummary summary = new AttendanceSummary(t.held(), t.attended(), t.late(), t.leftEarly(), t.excused(), t.absent(),
                t.unmarked(), t.toCome(), t.ratePercent());
        List<CohortSession> scheduled = sessions.stream().filter(CohortSession::isScheduled).toList();
        return new EnrolmentProgress(e.id(), e.referralId(), e.programmeCode(), programmes.require(e.programmeCode()).name(), e.state(),
                e.cohortId(), scheduled.isEmpty() ? null : scheduled.get(0).date(),
                scheduled.isEmpty() ? null : scheduled.get(scheduled.size() - 1).date(), summary, weeks,
                alerts.aboutEnrolment(e), e.withdrawalReason(), restricted ? null : e.withdrawalNote(),
                evaluations.changesFor(e.id()), outcomes.forProgress(e, restricted));
    }
}
