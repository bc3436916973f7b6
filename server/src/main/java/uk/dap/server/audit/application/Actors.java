package uk.dap.server.audit.application;

import java.util.Optional;

/**
 * Who is acting in this request, as the audit trail writes it. Declared here and implemented by security, which knows
 * the caller: security records to the audit trail, so audit must not depend on security.
 */
public interface Actors {
    /** The signed-in caller's username and role name; empty when nobody is signed in. */
    Optional<Actor> current();

    record Actor(String name, String role) {
    }
}
