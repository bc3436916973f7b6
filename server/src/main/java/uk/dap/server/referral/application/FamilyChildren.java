package uk.dap.server.referral.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.dap.server.participant.domain.Child;
import uk.dap.server.participant.domain.KioskName;
import uk.dap.server.participant.domain.Participant;

/**
 * The children who came to a family programme (DART) with the person referred: the children named on the referral,
 * whose ages the programme's rule checked when it was accepted. The one place every capability asks who they are: the
 * kiosk's roster, their marks at sessions, the questionnaires they answer.
 */
@ApplicationScoped
public class FamilyChildren {
    @PersistenceContext(unitName = "dap")
    EntityManager em;

    /** The children of this referral's family, eldest first; none outside a family programme. */
    public List<Child> of(Long referralId) {
        return of(List.of(referralId)).getOrDefault(referralId, List.of());
    }

    /** The children of each of these referrals' families, in one statement, by referral id (only families with children). */
    public Map<Long, List<Child>> of(Collection<Long> referralIds) {
        Map<Long, List<Child>> families = new LinkedHashMap<>();
        if (referralIds.isEmpty()) {
            return families;
        }
        for (Object[] row : em.createQuery("SELECT r.id, c FROM Referral r JOIN r.familyChildIds f, Child c WHERE r.id IN :ids AND c.id = f"
                + " ORDER BY c.dateOfBirth, c.id", Object[].class).setParameter("ids", referralIds).getResultList()) {
            families.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Child) row[1]);
        }
        return families;
    }

    /**
     * The ids of the children of each of these referrals' families, by referral id (only families with children): the
     * family table alone, for lists that need to know who came but nothing about them.
     */
    public Map<Long, List<Long>> idsOf(Collection<Long> referralIds) {
        Map<Long, List<Long>> families = new LinkedHashMap<>();
        if (referralIds.isEmpty()) {
            return families;
        }
        for (Object[] row : em.createQuery("SELECT r.id, f FROM Referral r JOIN r.familyChildIds f WHERE r.id IN :ids", Object[].class)
                .setParameter("ids", referralIds).getResultList()) {
            families.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Long) row[1]);
        }
        return families;
    }

    /** Whether the child came with the person of this referral. */
    public boolean includes(Long referralId, Long childId) {
        return childId != null && of(referralId).stream().anyMatch(c -> c.id().equals(childId));
    }

    /** How a shared screen names a child: first name and initial (the parent's last name when the child's is not recorded). */
    public String kioskName(Child child) {
        return kioskName(child, child.lastName() != null ? null : em.find(Participant.class, child.participantId()));
    }

    /** The same, with the parent already at hand (the roster has her). */
    public String kioskName(Child child, Participant parent) {
        return KioskName.of(child.firstName(), child.lastName() != null ? child.lastName() : parent.lastName());
    }

    /** Each child by id, for naming answers; unknown ids are left out. */
    public Map<Long, String> kioskNames(Collection<Long> childIds) {
        Map<Long, String> names = new HashMap<>();
        for (Long id : childIds) {
            Child child = id == null ? null : em.find(Child.class, id);
            if (child != null) {
                names.put(id, kioskName(child));
            }
        }
        return names;
    }
}
