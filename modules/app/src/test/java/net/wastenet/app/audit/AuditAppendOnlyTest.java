package net.wastenet.app.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import net.wastenet.app.startup.DatabaseStartup;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The audit trail is append-only in the database itself: after the migrations, an UPDATE, a DELETE or a TRUNCATE of
 * {@code audit.entry} is refused by H2 whoever sends it (PostgreSQL: {@code AuditIT} against the CI database).
 */
class AuditAppendOnlyTest {
    @Test
    void theDatabaseRefusesToChangeDeleteOrTruncateAnAuditEntry() throws Exception {
        String url = "jdbc:h2:mem:audit-append-only;DB_CLOSE_DELAY=-1;NON_KEYWORDS=VALUE";
        DatabaseStartup.configure(Flyway.configure().dataSource(url, "sa", ""), "H2").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("insert into audit.entry (id, recorded_at, actor, record_type, record_ref, action) "
                    + "values (1, current_timestamp, 'bureau', 'point', 'JJ-P001', 'CREATE')");
            var update = assertThrows(SQLException.class, () -> s.executeUpdate("update audit.entry set actor = 'nobody'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            var delete = assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit.entry where id = 1"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            var truncate = assertThrows(SQLException.class, () -> s.executeUpdate("truncate table audit.entry"));
            assertTrue(truncate.getMessage().contains("Cannot truncate"), truncate.getMessage());
            try (ResultSet r = s.executeQuery("select actor from audit.entry where id = 1")) {
                assertTrue(r.next());
                assertEquals("bureau", r.getString(1), "the entry as it was written");
            }
            s.execute("insert into audit.entry (id, recorded_at, actor, record_type, record_ref, action) "
                    + "values (2, current_timestamp, 'admin', 'point', 'JJ-P002', 'CREATE')");
        }
    }
}
