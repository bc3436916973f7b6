package uk.dap.server.alert.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.alert.domain.Alert;
import uk.dap.server.common.Alerting;
import uk.dap.server.common.DomainException;
import uk.dap.server.participant.application.ParticipantAccess;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.cohort.AlertKind;
import uk.dap.shared.api.cohort.AlertView;

/**
 * Alerts for the people they are for: programme leads (their programmes), key workers (their caseload) and, for
 * non-engagement, the referrer. Raised inside the transaction of the change that caused them, so an alert exists
 * exactly when its cause was saved. Acknowledging one is audited.
 */
@ApplicationScoped
public class Alerts implements Alerting {
    private static final String TYPE = "Alert";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    ParticipantAccess access;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    StaffDirectory staff;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(AlertKind kind, String programme, Long participantId, Long cohortId, String message) {
        raiseForStreak(kind, programme, participantId, cohortId, message, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void raiseForStreak(AlertKind kind, String programme, Long participantId, Long cohortId, String message, String streak) {
        Alert alert = new Alert(kind, programme, participantId, cohortId, message, clock.instant()).withStreak(streak);
        em.persist(alert);
        em.flush();
        audit.record("RAISE_ALERT", TYPE, alert.id(), AuditOutcome.SUCCESS, kind.name());
    }

    /**
     * One alert about a participant for everyone responsible for them: their key worker, and the leads of each
     * programme they were ever referred to (one alert per programme; one for the key worker alone if none).
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void raiseAboutParticipant(AlertKind kind, Long participantId, String message) {
        List<String> programmes = em.createQuery("SELECT DISTINCT r.programmeCode FROM Referral r WHERE r.participantId = :p", String.class)
                .setParameter("p", participantId).getResultList();
        if (programmes.isEmpty()) {
            raise(kind, null, participantId, null, message);
        }
        programmes.forEach(programme -> raise(kind, programme, participantId, null, message));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean existsForStreak(String streak) {
        return em.createQuery("SELECT COUNT(a) FROM Alert a WHERE a.streakKey = :k", Long.class).setParameter("k", streak).getSingleResult() > 0;
    }

    @Transactional
    public List<AlertView> forCaller() {
        Caller caller = currentCaller.require();
        TypedQuery<Alert> query = visible(caller, "ORDER BY a.raisedAt DESC, a.id DESC");
        return query.setMaxResults(200).getResultStream().map(a -> view(a, caller)).toList();
    }

    /** The caller's alerts about one enrolment's participant on its programme, newest first. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<AlertView> aboutEnrolment(uk.dap.server.enrolment.domain.Enrolment enrolment) {
        Caller caller = currentCaller.require();
        TypedQuery<Alert> query = visible(caller, "AND a.participantId = :participant AND a.programmeCode = :programme"
                + " ORDER BY a.raisedAt DESC, a.id DESC");
        return query.setParameter("participant", enrolment.participantId())
                .setParameter("programme", enrolment.programmeCode()).getResultStream().map(a -> view(a, caller)).toList();
    }

    @Transactional
    public AlertView acknowledge(Long id, String note) {
        Caller caller = currentCaller.require();
        TypedQuery<Alert> query = visible(caller, "AND a.id = :id");
        Alert alert = query.setParameter("id", id).getResultStream().findFirst().orElse(null);
        if (alert == null) {
            throw new DomainException(ProblemType.NOT_FOUND, "There is no alert " + id + " for you.");
        }
        alert.acknowledge(staff.displayName(caller.accountId()), note, clock.instant());
        audit.record("ACKNOWLEDGE_ALERT", TYPE, id, AuditOutcome.SUCCESS, alert.kind().name());
        return view(alert, caller);
    }

    /** The caller's alerts (ParticipantAccess.alertScope), as a query ending with {@code tail}. */
    private TypedQuery<Alert> visible(Caller caller, String tail) {
        ParticipantAccess.Scope scope = access.alertScope(caller);
        return scope.apply(em.createQuery("SELECT a FROM Alert a WHERE " + scope.condition() + " " + tail, Alert.class));
    }

    /** The note acknowledging an alert is a worker's words: the referrer sees that and when, not what was written. */
    static AlertView view(Alert a, Caller caller) {
        return new AlertView(a.id(), a.kind(), a.programmeCode(), a.participantId() == null ? null : Participant.reference(a.participantId()),
                a.cohortId(), a.message(), a.raisedAt(), a.acknowledgedAt(), a.acknowledgedBy(),
                Access.restricted(caller) ? null : a.acknowledgementNote());
    }
}
