package net.wastenet.app.startup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * One instance at a time through the start-up steps after the migrations (read-model rebuild, demo
 * data): instances started together on one PostgreSQL would otherwise each find the database empty and
 * each load it. PostgreSQL: a session advisory lock held on its own connection until the steps are
 * done, released also when that connection ends. Flyway locks its own migrations. The embedded H2 file
 * database is opened by one server only, so there is nothing to take.
 */
final class StartupLock implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());
    /** "WasteNet" in ASCII: the key of the advisory lock. */
    private static final long KEY = 0x57617374654E6574L;

    private final Connection connection;

    private StartupLock(Connection connection) {
        this.connection = connection;
    }

    static StartupLock take(DataSource dataSource) {
        try {
            Connection c = dataSource.getConnection();
            if (!"PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())) {
                c.close();
                return new StartupLock(null);
            }
            try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_lock(?)")) {
                s.setLong(1, KEY);
                try (var r = s.executeQuery()) {
                    r.next();
                    if (r.getBoolean(1)) {
                        return new StartupLock(c);
                    }
                }
            }
            LOG.info("start-up: another instance is in its start-up steps; waiting for it (advisory lock)");
            try (PreparedStatement s = c.prepareStatement("select pg_advisory_lock(?)")) {
                s.setLong(1, KEY);
                s.execute();
            }
            return new StartupLock(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }

    @Override
    public void close() {
        if (connection == null) {
            return;
        }
        try (connection; PreparedStatement s = connection.prepareStatement("select pg_advisory_unlock(?)")) {
            s.setLong(1, KEY);
            s.execute();
        } catch (SQLException e) {
            LOG.warning("start-up lock: " + e.getMessage() + " (released with the connection)");
        }
    }
}
