package net.wastenet.shared;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Ids from a database sequence in blocks, as EclipseLink takes them: a sequence value {@code v} is the
 * last id of the block {@code v - size + 1 .. v}, so ids handed out here never meet the entity manager's.
 * For the writers that store many rows with JDBC batches (a module's hot path) beside its JPA entities.
 */
public final class SequenceBlocks {
    private final String sequence;
    private final int size;
    private long next;
    private long last = -1;
    private Boolean postgres;

    public SequenceBlocks(String sequence, int size) {
        this.sequence = sequence;
        this.size = size;
    }

    /** The next id, taking a new block from the sequence (on this connection) when the current one is used up. */
    public synchronized long next(Connection c) throws SQLException {
        if (next > last) {
            if (postgres == null) {
                postgres = "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
            }
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery(postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence)) {
                r.next();
                last = r.getLong(1);
                next = last - size + 1;
            }
        }
        return next++;
    }
}
