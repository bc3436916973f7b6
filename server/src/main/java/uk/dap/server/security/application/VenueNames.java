package uk.dap.server.security.application;

import java.util.Optional;

/**
 * The name of a venue a kiosk is bound to. Declared here and implemented where venues are kept (cohort), which asks
 * security who the caller is: security must not depend on it.
 */
public interface VenueNames {
    /** The venue's name; empty when there is no such venue. */
    Optional<String> nameOf(Long venueId);
}
