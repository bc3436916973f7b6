package uk.dap.server.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import uk.dap.server.infrastructure.config.BootSettings;
import uk.dap.server.infrastructure.config.ServerStop;
import uk.dap.server.infrastructure.database.DatabaseLifecycle;

/**
 * At deployment, before any request: bring the schema up to date, then announce it ({@link SchemaReady}) so that each
 * capability starts what it needs (demo data if asked for, an administrator who can sign in, background work).
 */
@ApplicationScoped
public class ApplicationStartup {
    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Inject
    DatabaseLifecycle database;
    @Inject
    Event<SchemaReady> schemaReady;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        LOG.info(() -> "Data folder: " + BootSettings.dataDir() + "; keys folder: " + BootSettings.keysDir());
        try {
            database.migrate();
            schemaReady.fire(new SchemaReady());
        } catch (RuntimeException e) {
            ServerStop.ifRefused(e);
            ServerStop.now("The service could not start (" + e + "); see the log above.", e);
        }
        LOG.info("Domestic abuse programmes service is ready.");
    }
}
