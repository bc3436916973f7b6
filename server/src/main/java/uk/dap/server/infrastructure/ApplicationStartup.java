package uk.dap.server.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.dap.server.audit.application.AuditChainer;
import uk.dap.server.demo.DemoData;
import uk.dap.server.infrastructure.config.BootSettings;
import uk.dap.server.infrastructure.database.DatabaseLifecycle;
import uk.dap.server.report.application.ReportSummaries;
import uk.dap.server.security.application.FirstAdministrator;

/**
 * At deployment, before any request: bring the schema up to date, seed demo data if asked to, and make sure someone
 * can sign in as an administrator.
 */
@ApplicationScoped
public class ApplicationStartup {
    private static final Logger LOG = Logger.getLogger(ApplicationStartup.class.getName());

    @Inject
    DatabaseLifecycle database;
    @Inject
    DemoData demoData;
    @Inject
    FirstAdministrator firstAdministrator;
    @Inject
    AuditChainer auditChainer;
    @Inject
    ReportSummaries reportSummaries;
    @Inject
    @ConfigProperty(name = "dap.demo", defaultValue = "false")
    boolean demo;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        LOG.info(() -> "Data folder: " + BootSettings.dataDir() + "; keys folder: " + BootSettings.keysDir());
        database.migrate();
        if (demo) {
            demoData.seed();
        }
        firstAdministrator.ensureExists();
        auditChainer.start();
        reportSummaries.start();
        LOG.info("Domestic abuse programmes service is ready.");
    }
}
