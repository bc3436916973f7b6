package uk.dap.server.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.cohort.domain.Alert;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.cohort.AlertKind;
import uk.dap.shared.api.cohort.AlertView;
import uk.dap.shared.security.Role;

/**
 * Alerts for programme leads (by programme) and key workers (for their caseload). Raised inside the transaction of
 * the change that caused them, so an alert exists exactly when its cause was saved.
 */
@ApplicationScoped
public class Alerts {
    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    StaffDirectory staff;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void raise(AlertKind kind, String programme, Long participantId, Long cohortId, String message) {
        Alert alert = new Alert(kind, programme, participantId, cohortId, message, clock.instant());
        em.persist(alert);
        em.flush();
        audit.record("RAISE_ALERT", "Alert", alert.id(), AuditOutcome.SUCCESS, kind.name());
    }

    @Transactional
    public List<AlertView> forCaller() {
        Caller caller = currentCaller.require();
        List<Alert> alerts;
        if (caller.role() == Role.PROGRAMME_LEAD) {
            Set<String> programmes = staff.programmesLedBy(caller.accountId());
            alerts = programmes.isEmpty() ? List.of()
                    : em.createQuery("SELECT a FROM Alert a WHERE a.programmeCode IN :programmes ORDER BY a.raisedAt DESC, a.id DESC", Alert.class)
                            .setParameter("programmes", programmes).setMaxResults(200).getResultList();
        } else if (caller.role() == Role.KEY_WORKER) {
            alerts = em.createQuery("SELECT a FROM Alert a, Participant p WHERE a.participantId = p.id AND p.keyWorkerId = :me"
                    + " ORDER BY a.raisedAt DESC, a.id DESC", Alert.class).setParameter("me", caller.accountId()).setMaxResults(200).getResultList();
        } else {
            alerts = List.of();
        }
        return alerts.stream().map(a -> new AlertView(a.id(), a.kind(), a.programmeCode(),
                a.participantId() == null ? null : Participant.reference(a.participantId()), a.cohortId(), a.message(), a.raisedAt(),
                null, null, null)).toList();
    }
}
