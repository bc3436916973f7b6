package uk.dap.server.cohort.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.cohort.domain.Venue;
import uk.dap.server.security.application.VenueNames;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.NewVenue;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.VenueView;

/** Venues where groups meet. Administrators add them; any member of staff may list them. */
@ApplicationScoped
public class Venues implements VenueNames {
    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    @Transactional
    public VenueView create(NewVenue request) {
        String name = request.name().trim();
        Long existing = em.createQuery("SELECT COUNT(v) FROM Venue v WHERE LOWER(v.name) = :name", Long.class)
                .setParameter("name", name.toLowerCase()).getSingleResult();
        if (existing > 0) {
            throw new DomainException(ProblemType.CONFLICT, "A venue called '" + name + "' exists already.");
        }
        Venue venue = new Venue(name, clock.instant());
        em.persist(venue);
        em.flush();
        audit.record("CREATE", "Venue", venue.id(), AuditOutcome.SUCCESS, null);
        return new VenueView(venue.id(), venue.name());
    }

    @Override
    public Optional<String> nameOf(Long venueId) {
        Venue venue = venueId == null ? null : em.find(Venue.class, venueId);
        return venue == null ? Optional.empty() : Optional.of(venue.name());
    }

    @Transactional
    public List<VenueView> list() {
        return em.createQuery("SELECT v FROM Venue v ORDER BY v.name", Venue.class).getResultStream()
                .map(v -> new VenueView(v.id(), v.name())).toList();
    }
}
