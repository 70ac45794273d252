package net.wastenet.app.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Role;
import net.wastenet.shared.SequenceBlocks;
import net.wastenet.shared.Text;

/**
 * Keeps the audit trail: each module's {@link AuditRecord} is written in the transaction that made
 * the change (synchronous observer), so the entry exists exactly when the change does. The bureau and
 * administrators read it by record, user and period; there is no way to change it.
 */
@ApplicationScoped
public class AuditTrail {
    private static final Jsonb JSON = JsonbBuilder.create();

    private static final Object PENDING = AuditTrail.class.getName() + ".pending";

    @PersistenceContext(unitName = "access")
    EntityManager em;
    @Resource(lookup = "jdbc/wastenet")
    DataSource dataSource;
    @Resource
    TransactionSynchronizationRegistry transactions;
    private final SequenceBlocks ids = new SequenceBlocks("audit.id_seq", 50);
    @Inject
    CityClock clock;
    /** Counting stops here: a total above it is given as this many, with {@code totalCapped} (docs/api.md). */
    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "wastenet.audit.countedAtMost", defaultValue = "10000")
    int countedAtMost = COUNTED_AT_MOST;

    /** An entry as the API shows it; before and after are the records as JSON. */
    public record EntryView(long id, LocalDateTime at, String actor, String recordType, String recordRef, String action,
                            String reason, JsonValue before, JsonValue after) {
    }

    /**
     * Keeps the entry with the transaction that made the change: the entries of a transaction are written
     * together, in one JDBC batch, just before it commits (a group commit of weighings writes one batch for all).
     */
    void record(@Observes AuditRecord r) {
        Row row = new Row(clock.now(), r.actor(), r.recordType(), r.recordRef(), r.action(), r.reason(), json(r.before()),
                json(r.after()));
        if (transactions.getTransactionKey() == null) {
            write(List.of(row));
            return;
        }
        @SuppressWarnings("unchecked")
        List<Row> pending = (List<Row>) transactions.getResource(PENDING);
        if (pending == null) {
            List<Row> rows = new ArrayList<>();
            transactions.putResource(PENDING, rows);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    write(rows);
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
            pending = rows;
        }
        pending.add(row);
    }

    /** An entry as it is written. */
    private record Row(LocalDateTime at, String actor, String recordType, String recordRef, String action, String reason,
                       String before, String after) {
    }

    private void write(List<Row> rows) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into audit.entry (id, recorded_at, actor, record_type, record_ref, "
                     + "action, reason, before_json, after_json) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Row r : rows) {
                insert.setLong(1, ids.next(c));
                insert.setObject(2, r.at());
                insert.setString(3, r.actor());
                insert.setString(4, r.recordType());
                insert.setString(5, r.recordRef());
                insert.setString(6, r.action());
                insert.setString(7, r.reason());
                insert.setString(8, r.before());
                insert.setString(9, r.after());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("the audit trail could not be written", e);
        }
    }

    private static String json(Object value) {
        if (value == null) {
            return null;
        }
        return JSON.toJson(value);
    }

    private static void longest(String value, int max, String field, Problems p) {
        if (value != null) {
            p.require(value.length() <= max, field, "must be at most " + max + " characters", "最多 " + max + " 个字符");
        }
    }

    /** The default of wastenet.audit.countedAtMost. */
    static final int COUNTED_AT_MOST = 10_000;

    /**
     * One page of the trail, newest first. {@code total} counts the entries that match, up to
     * wastenet.audit.countedAtMost, by default {@value #COUNTED_AT_MOST} ({@code totalCapped} when there are more: a year of a city's weighings is
     * millions of entries, and counting them all at every page took longer than the page). {@code next}:
     * the {@code after} that gives the following page (null on the last), a look-up by id however deep.
     */
    public record TrailPage(List<EntryView> items, long total, Boolean totalCapped, Long next) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrailPage query(String recordType, String recordRef, String user, DateRange period, Long after, PageRequest page, Actor actor) {
        if (!actor.has(Role.BUREAU) && !actor.has(Role.ADMIN)) {
            throw new NotYoursException(null, Text.of("the audit trail is read by the bureau and administrators",
                    "审计记录仅供市局和管理员查看"));
        }
        // longer than the trail's columns: no entry could match
        Problems p = new Problems();
        longest(recordType, 32, "recordType", p);
        longest(recordRef, 128, "recordRef", p);
        longest(user, 64, "user", p);
        p.throwIfAny();
        StringBuilder where = new StringBuilder(" where recorded_at >= ? and recorded_at < ?");
        List<Object> params = new ArrayList<>();
        params.add(period.from().atStartOfDay());
        params.add(period.to().plusDays(1).atStartOfDay());
        if (recordType != null) {
            where.append(" and record_type = ?");
            params.add(recordType);
        }
        if (recordRef != null) {
            where.append(" and record_ref = ?");
            params.add(recordRef);
        }
        if (user != null) {
            where.append(" and actor = ?");
            params.add(user);
        }
        long total = count(where.toString(), params);
        if (after != null) {
            where.append(" and id < ?");
            params.add(after);
        }
        List<EntryView> items = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("select id, recorded_at, actor, "
                + "record_type, record_ref, action, reason, before_json, after_json from audit.entry" + where + " order by id desc "
                + "offset ? rows fetch next ? rows only")) {
            int n = bind(q, params);
            q.setLong(n++, after != null ? 0 : page.offset());
            q.setInt(n, page.size());
            try (var r = q.executeQuery()) {
                while (r.next()) {
                    items.add(new EntryView(r.getLong(1), r.getObject(2, LocalDateTime.class), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), parse(r.getString(8)), parse(r.getString(9))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the audit trail failed", e);
        }
        boolean capped = total > countedAtMost;
        Long next = items.size() == page.size() ? items.get(items.size() - 1).id() : null;
        return new TrailPage(items, capped ? countedAtMost : total, capped ? Boolean.TRUE : null, next);
    }

    /** How many entries match, counting at most one past {@link #countedAtMost}. */
    private long count(String where, List<Object> params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("select count(*) from (select 1 "
                + "from audit.entry" + where + " fetch first " + (countedAtMost + 1L) + " rows only) t")) {
            bind(q, params);
            try (var r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("counting the audit trail failed", e);
        }
    }

    private static int bind(PreparedStatement q, List<Object> params) throws SQLException {
        int n = 1;
        for (Object p : params) {
            q.setObject(n++, p);
        }
        return n;
    }

    private static JsonValue parse(String json) {
        if (json == null) {
            return JsonValue.NULL;
        }
        try (var reader = jakarta.json.Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }

}
