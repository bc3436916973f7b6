package uk.dap.server.report.referrals.application;

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
import uk.dap.server.attendance.domain.Attendance;
import uk.dap.server.attendance.domain.AttendanceTally;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.enrolment.domain.Stay;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.enrolment.application.EnrolmentStays;
import uk.dap.server.enrolment.domain.Enrolment;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.programme.application.ProgrammeCatalogue;
import uk.dap.server.progress.application.ProgressPages;
import uk.dap.server.referral.domain.Referral;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.report.MyReferral;
import uk.dap.shared.api.report.ReferralStage;
import uk.dap.shared.text.UkDates;

/**
 * A referring social worker's own referrals (those whose {@code referrer_account_id} is theirs), newest first, with
 * where each stands and its attendance rate, counted as the progress page counts it. Three queries whatever the
 * number of referrals: the referrals with their enrolments and people, their cohorts' sessions, their marks.
 */
@ApplicationScoped
public class MyReferrals {
    private static final String MINE = "SELECT e.id FROM Enrolment e, Referral r WHERE r.id = e.referralId AND r.referrerAccountId = :me";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    ProgrammeCatalogue programmes;
    @Inject
    AuditTrail audit;
    @Inject
    EnrolmentStays stays;
    @Inject
    Clock clock;

    @Transactional
    public List<MyReferral> list() {
        Caller caller = currentCaller.require();
        Long me = caller.accountId();
        LocalDate today = LocalDate.now(clock.withZone(UkDates.UK));
        List<Object[]> rows = em.createQuery("SELECT r, e, p FROM Referral r, Enrolment e, Participant p WHERE e.referralId = r.id"
                        + " AND p.id = r.participantId AND r.referrerAccountId = :me ORDER BY r.referredOn DESC, r.id DESC", Object[].class)
                .setParameter("me", me).getResultList();
        Map<Long, List<Stay>> staysByEnrolment = stays.of(rows.stream().map(row -> (Enrolment) row[1]).toList());
        List<Long> cohorts = staysByEnrolment.values().stream().flatMap(List::stream).map(Stay::cohortId).distinct().toList();
        Map<Long, List<CohortSession>> sessionsByCohort = new HashMap<>();
        if (!cohorts.isEmpty()) {
            for (CohortSession s : em.createQuery("SELECT s FROM CohortSession s WHERE s.cohortId IN :c ORDER BY s.date, s.number",
                    CohortSession.class).setParameter("c", cohorts).getResultList()) {
                sessionsByCohort.computeIfAbsent(s.cohortId(), c -> new ArrayList<>()).add(s);
            }
        }
        Map<Long, Map<Long, AttendanceStatus>> marksByEnrolment = new HashMap<>();
        for (Attendance a : em.createQuery("SELECT a FROM Attendance a WHERE a.enrolmentId IN (" + MINE + ")", Attendance.class)
                .setParameter("me", me).getResultList()) {
            marksByEnrolment.computeIfAbsent(a.enrolmentId(), x -> new HashMap<>()).put(a.sessionId(), a.status());
        }
        List<MyReferral> list = new ArrayList<>();
        for (Object[] row : rows) {
            Referral r = (Referral) row[0];
            Enrolment e = (Enrolment) row[1];
            Participant p = (Participant) row[2];
            List<Stay> theirs = staysByEnrolment.get(e.id());
            List<CohortSession> sessions = Stay.cohorts(theirs).stream().flatMap(c -> sessionsByCohort.getOrDefault(c, List.of()).stream()).toList();
            AttendanceTally tally = ProgressPages.tally(theirs, sessions, marksByEnrolment.getOrDefault(e.id(), Map.of()), today);
            list.add(new MyReferral(r.id(), p.id(), p.reference(), p.firstName(), p.lastName(), r.programmeCode(),
                    programmes.require(r.programmeCode()).name(), r.referredOn(), stage(e, tally), tally.ratePercent()));
        }
        audit.record("LIST_MY_REFERRALS", "Referral", null, AuditOutcome.SUCCESS, list.size() + " referrals");
        return list;
    }

    /**
     * The enrolment's state in a referrer's words. The lead's eligibility decision moves the state (accept: eligible,
     * decline: ineligible, defer: stays assessed), so the state alone says where the decision left it.
     */
    static ReferralStage stage(Enrolment e, AttendanceTally tally) {
        return switch (e.state()) {
            case REFERRED, ASSESSED -> ReferralStage.BEING_ASSESSED;
            case INELIGIBLE -> ReferralStage.DECLINED;
            case ELIGIBLE, WAITING -> ReferralStage.WAITING_FOR_PLACE;
            case ENROLLED -> tally.held() == 0 ? ReferralStage.PLACED : ReferralStage.ATTENDING;
            case COMPLETED -> ReferralStage.COMPLETED;
            case WITHDRAWN -> ReferralStage.WITHDRAWN;
        };
    }
}
