package uk.dap.server.enrolment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.dap.server.enrolment.domain.Stay;
import uk.dap.server.cohort.domain.CohortSession;
import uk.dap.server.enrolment.domain.CohortTransfer;
import uk.dap.server.enrolment.domain.Enrolment;

/**
 * The cohorts each enrolment was placed in and when ({@link Stay}), read once for every page, register and rule that
 * counts attendance: someone moved to another cohort keeps the attendance they had in the one they left.
 */
@ApplicationScoped
public class EnrolmentStays {
    private static final int SLICE = 500;
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    /** Earlier stays first, the current one last; none for someone never enrolled. */
    public List<Stay> of(Enrolment enrolment) {
        return of(List.of(enrolment)).get(enrolment.id());
    }

    /** The stays of each of these enrolments, by enrolment id, in two queries whatever their number. */
    public Map<Long, List<Stay>> of(Collection<Enrolment> enrolments) {
        Map<Long, List<Stay>> stays = new HashMap<>();
        List<Long> ids = new ArrayList<>();
        for (Enrolment e : enrolments) {
            stays.put(e.id(), new ArrayList<>());
            if (e.enrolledAt() != null) {
                ids.add(e.id());
            }
        }
        // In slices: a referrer's list can hold years of enrolments, and Derby compiles a long IN list slowly.
        for (int from = 0; from < ids.size(); from += SLICE) {
            for (CohortTransfer t : em.createQuery("SELECT t FROM CohortTransfer t WHERE t.enrolmentId IN :ids ORDER BY t.transferredOn, t.id",
                    CohortTransfer.class).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + SLICE))).getResultList()) {
                stays.get(t.enrolmentId()).add(t.earlierStay());
            }
        }
        for (Enrolment e : enrolments) {
            Stay current = e.currentStay();
            if (current != null) {
                stays.get(e.id()).add(current);
            }
        }
        return stays;
    }

    /**
     * Every session of the enrolment's current cohort (also while they only wait for a place in it) and of the cohorts
     * of its stays, in date order.
     */
    public List<CohortSession> sessions(Enrolment enrolment, List<Stay> stays) {
        List<Long> cohorts = new ArrayList<>(Stay.cohorts(stays));
        if (enrolment.cohortId() != null && !cohorts.contains(enrolment.cohortId())) {
            cohorts.add(enrolment.cohortId());
        }
        return sessionsOf(cohorts);
    }

    private List<CohortSession> sessionsOf(List<Long> cohorts) {
        if (cohorts.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT s FROM CohortSession s WHERE s.cohortId IN :c ORDER BY s.date, s.number", CohortSession.class)
                .setParameter("c", cohorts).getResultList();
    }

    /** The transfers out of a cohort, by enrolment: who was in it before being moved, and to the day before which day. */
    public Map<Long, CohortTransfer> movedOutOf(Long cohortId) {
        Map<Long, CohortTransfer> moved = new HashMap<>();
        for (CohortTransfer t : em.createQuery("SELECT t FROM CohortTransfer t WHERE t.fromCohortId = :c ORDER BY t.transferredOn",
                CohortTransfer.class).setParameter("c", cohortId).getResultList()) {
            moved.put(t.enrolmentId(), t);
        }
        return moved;
    }
}
