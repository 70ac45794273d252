package net.wastenet.app.startup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Storage settings that only PostgreSQL has and that a migration therefore cannot state (the same
 * migrations run on H2): the read model's sums that every write updates in place are kept with room in
 * each page ({@code fillfactor}), so that the new version of a row fits beside the old one and the update
 * is HOT (no index entry written, the old version pruned on the page). Without the room, a point-day
 * updated by a weighing moved to another page and updated both of its indexes (75 % of the updates of a
 * bulk import on the city-year). Applied after the migrations at every start where it is missing; pages
 * written before keep their fill until the table is rewritten ({@code vacuum full}, docs/operations.md).
 */
final class PostgresStorage {
    private static final Logger LOG = Logger.getLogger(PostgresStorage.class.getName());
    private static final int ROOM_TO_UPDATE = 70;
    private static final Map<String, Integer> FILL_FACTORS = Map.of(
            "reporting.point_day", ROOM_TO_UPDATE,
            "reporting.flow_day", ROOM_TO_UPDATE,
            "reporting.flow_month", ROOM_TO_UPDATE);

    private PostgresStorage() {
    }

    static void apply(Connection c) throws SQLException {
        if (!"PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName())) {
            return;
        }
        for (var table : FILL_FACTORS.entrySet()) {
            String wanted = "fillfactor=" + table.getValue();
            try (PreparedStatement q = c.prepareStatement("select coalesce(array_to_string(reloptions, ','), '') from pg_class "
                    + "where oid = cast(? as regclass)")) {
                q.setString(1, table.getKey());
                try (ResultSet r = q.executeQuery()) {
                    if (r.next() && r.getString(1).contains(wanted)) {
                        continue;
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("alter table " + table.getKey() + " set (" + wanted + ")");
            }
            LOG.info(() -> table.getKey() + ": " + wanted);
        }
    }
}
