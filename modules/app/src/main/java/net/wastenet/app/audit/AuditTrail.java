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
import jakarta.persistence.TypedQuery;
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
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
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

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EntryView> query(String recordType, String recordRef, String user, DateRange period, PageRequest page, Actor actor) {
        if (!actor.has(Role.BUREAU) && !actor.has(Role.ADMIN)) {
            throw new NotYoursException(null, Text.of("the audit trail is read by the bureau and administrators",
                    "审计记录仅供市局和管理员查看"));
        }
        StringBuilder where = new StringBuilder(" where e.recordedAt >= :from and e.recordedAt < :to");
        Map<String, Object> params = new HashMap<>();
        params.put("from", period.from().atStartOfDay());
        params.put("to", period.to().plusDays(1).atStartOfDay());
        if (recordType != null) {
            where.append(" and e.recordType = :type");
            params.put("type", recordType);
        }
        if (recordRef != null) {
            where.append(" and e.recordRef = :ref");
            params.put("ref", recordRef);
        }
        if (user != null) {
            where.append(" and e.actor = :user");
            params.put("user", user);
        }
        TypedQuery<AuditEntry> q = em.createQuery("select e from AuditEntry e" + where + " order by e.id desc", AuditEntry.class);
        TypedQuery<Long> c = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        params.forEach((k, v) -> {
            q.setParameter(k, v);
            c.setParameter(k, v);
        });
        var items = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(e -> new EntryView(e.id(), e.recordedAt(), e.actor(), e.recordType(), e.recordRef(), e.action(), e.reason(),
                        parse(e.before()), parse(e.after())))
                .toList();
        return new Page<>(items, c.getSingleResult());
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
