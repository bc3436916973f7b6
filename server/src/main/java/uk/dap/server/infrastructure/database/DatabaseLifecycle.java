package uk.dap.server.infrastructure.database;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Defines the application's data source, brings the schema up to date with the versioned migrations in
 * {@code db/migration} (never generated at run time), and shuts Derby down cleanly when the application stops.
 */
@DataSourceDefinition(
        name = DatabaseLifecycle.JNDI_NAME,
        className = "uk.dap.server.infrastructure.database.EncryptedDerbyDataSource",
        minPoolSize = 2,
        maxPoolSize = 32,
        // Derby is embedded: a connection never goes stale, so skip the validation round trip.
        // Reuse prepared statements per connection: the same few queries run for every request. The cache type must be
        // given (blank means the default LRU cache): without it Payara logs "Error while creating the Statement cache
        // data structure for type : null" and caches nothing (payara/Payara#6647).
        properties = {"fish.payara.is-connection-validation-required=false", "fish.payara.statement-cache-size=200",
                "fish.payara.statement-cache-type= "})
@ApplicationScoped
public class DatabaseLifecycle {
    public static final String JNDI_NAME = "java:app/jdbc/dap";
    private static final Logger LOG = Logger.getLogger(DatabaseLifecycle.class.getName());

    @Resource(lookup = JNDI_NAME)
    DataSource dataSource;

    public void migrate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema is at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied now).");
    }

    @PreDestroy
    void shutdown() {
        DerbySystem.shutdown();
    }
}
