package net.wastenet.app.startup;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * At start, before any request: brings the schema up to date from the migrations in {@code sql/}
 * (packaged under {@code db/migration}, marked by an empty {@code flyway.location} file, without
 * which Flyway cannot list a folder through Liberty's class loader) and PostgreSQL's storage settings
 * ({@link PostgresStorage}), then loads the demo data if it is wanted.
 */
@ApplicationScoped
public class DatabaseStartup {
    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = "jdbc/wastenet")
    DataSource dataSource;

    @Inject
    DemoData demo;

    @Inject
    net.wastenet.app.imports.ImportDesk imports;

    @Inject
    net.wastenet.reporting.application.ReadModelRebuild readModel;

    @Inject
    @ConfigProperty(name = "wastenet.demo.enabled", defaultValue = "auto")
    String demoEnabled;

    private volatile boolean migrated;

    void onStart(@Observes Startup startup) {
        migrate();
        try (StartupLock lock = StartupLock.take(dataSource)) {
            readModel.startIfAsked();
            if (wantsDemo()) {
                demo.loadIfEmpty();
            }
        }
        imports.resumeInterrupted();
    }

    void migrate() {
        String database;
        try (Connection c = dataSource.getConnection()) {
            database = c.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
        MigrateResult result = configure(Flyway.configure(getClass().getClassLoader()).dataSource(dataSource), database).load().migrate();
        LOG.info(() -> "database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        try (Connection c = dataSource.getConnection()) {
            PostgresStorage.apply(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the database's storage settings", e);
        }
        migrated = true;
    }

    /**
     * Where the migrations are: the SQL of every module (sql/ in the repository), and the few that differ by
     * database (sql/by-database/h2 or /postgresql: the audit trail's append-only trigger), chosen by the JDBC
     * driver's product name ({@code H2}, {@code PostgreSQL}). The tools' city-year migrates the same way.
     */
    public static org.flywaydb.core.api.configuration.FluentConfiguration configure(
            org.flywaydb.core.api.configuration.FluentConfiguration flyway, String databaseProductName) {
        String database = "PostgreSQL".equalsIgnoreCase(databaseProductName) ? "postgresql" : "h2";
        return flyway.locations("classpath:db/migration", "classpath:db/by-database/" + database)
                .callbackLocations("classpath:db/migration")
                .failOnMissingLocations(true);
    }

    /** Whether the schema is migrated (readiness). */
    public boolean isMigrated() {
        return migrated;
    }

    /** "auto" loads demo data only into the embedded H2 database, never into a production one. */
    private boolean wantsDemo() {
        if (!"auto".equalsIgnoreCase(demoEnabled)) {
            return Boolean.parseBoolean(demoEnabled);
        }
        try (Connection c = dataSource.getConnection()) {
            return "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }
}
