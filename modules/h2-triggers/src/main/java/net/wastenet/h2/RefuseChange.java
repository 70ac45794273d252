package net.wastenet.h2;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * An H2 trigger that refuses the change it fires on: {@code audit.entry} is append-only (migration V21_2). It lives
 * beside the H2 driver (Liberty's JDBC library), not in the application, because H2 loads triggers with its own
 * class loader.
 */
public class RefuseChange implements Trigger {
    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = schemaName.toLowerCase() + "." + tableName.toLowerCase();
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException(table + " is append-only: no update, no delete", "42501");
    }
}
