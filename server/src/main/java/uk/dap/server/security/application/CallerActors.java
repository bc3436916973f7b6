package uk.dap.server.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import uk.dap.server.audit.application.Actors;

/** The caller of the request, as the audit trail names them. */
@ApplicationScoped
public class CallerActors implements Actors {
    @Inject
    CurrentCaller currentCaller;

    @Override
    public Optional<Actor> current() {
        return currentCaller.get().map(c -> new Actor(c.username(), c.role().name()));
    }
}
