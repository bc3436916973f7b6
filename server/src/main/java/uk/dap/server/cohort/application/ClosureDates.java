package uk.dap.server.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.cohort.domain.ClosureDay;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.cohort.ClosureDate;

/**
 * Days no group meets. New schedules skip them; existing schedules are left as they are (the lead moves or cancels
 * the sessions concerned), because moving sessions silently could break the separation rule or surprise people.
 */
@ApplicationScoped
public class ClosureDates {
    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    AuditTrail audit;

    @Transactional
    public List<ClosureDate> list() {
        return em.createQuery("SELECT c FROM ClosureDay c ORDER BY c.date", ClosureDay.class).getResultStream()
                .map(c -> new ClosureDate(c.date(), c.description())).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Set<LocalDate> days() {
        return em.createQuery("SELECT c.date FROM ClosureDay c", LocalDate.class).getResultStream().collect(Collectors.toSet());
    }

    @Transactional
    public ClosureDate add(ClosureDate closure) {
        if (em.find(ClosureDay.class, closure.date()) != null) {
            throw new DomainException(ProblemType.CONFLICT, closure.date() + " is already a closure date.");
        }
        em.persist(new ClosureDay(closure.date(), closure.description().trim()));
        audit.record("ADD_CLOSURE_DATE", "ClosureDate", closure.date(), AuditOutcome.SUCCESS, null);
        return new ClosureDate(closure.date(), closure.description().trim());
    }

    @Transactional
    public void remove(LocalDate date) {
        ClosureDay day = em.find(ClosureDay.class, date);
        if (day == null) {
            throw new DomainException(ProblemType.NOT_FOUND, date + " is not a closure date.");
        }
        em.remove(day);
        audit.record("REMOVE_CLOSURE_DATE", "ClosureDate", date, AuditOutcome.SUCCESS, null);
    }
}
