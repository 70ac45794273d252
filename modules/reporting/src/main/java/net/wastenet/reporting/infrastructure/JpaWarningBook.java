package net.wastenet.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import net.wastenet.reporting.domain.Warning;
import net.wastenet.reporting.domain.WarningBook;
import net.wastenet.reporting.domain.WarningKind;
import net.wastenet.shared.SequenceBlocks;

@ApplicationScoped
class JpaWarningBook implements WarningBook {
    @PersistenceContext(unitName = "reporting")
    EntityManager em;
    @Resource(lookup = "jdbc/wastenet")
    DataSource dataSource;
    @Resource
    jakarta.transaction.TransactionSynchronizationRegistry transactions;
    private final SequenceBlocks ids = new SequenceBlocks("reporting.id_seq", 50);
    /**
     * Warnings this instance has seen stored (kind and record), so that raising one again asks the database
     * nothing: a busy point's unusual day is judged at every batch of its weighings for the rest of the day.
     * Only rows read back from the database enter (a warning is never deleted), never what an uncommitted
     * transaction wrote; when full, it starts afresh.
     */
    private final java.util.Set<List<String>> seenStored = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final int SEEN_MAX = 50_000;

    @Override
    public Optional<Warning> findForConfirmation(long id) {
        return Optional.ofNullable(em.find(Warning.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Warning> byRef(WarningKind kind, String recordRef) {
        return em.createQuery("select w from Warning w where w.kind = :k and w.recordRef = :r order by w.id", Warning.class)
                .setParameter("k", kind).setParameter("r", recordRef).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public List<Raised> raise(List<Warning> raised) {
        return upsert(raised, false);
    }

    @Override
    public List<Raised> raiseOrRestate(List<Warning> raised) {
        return upsert(raised, true);
    }

    private List<Raised> upsert(List<Warning> raised, boolean restate) {
        List<Raised> fresh = new java.util.ArrayList<>();
        List<Warning> ordered = raised.stream().filter(w -> restate || !seenStored.contains(List.of(w.kind().name(), w.recordRef())))
                .sorted(java.util.Comparator.comparing(Warning::recordRef)).toList();
        if (ordered.isEmpty()) {
            return fresh;
        }
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
            for (int i = 0; i < ordered.size(); i += 200) {
                List<Warning> some = ordered.subList(i, Math.min(ordered.size(), i + 200));
                String rows = String.join(",", java.util.Collections.nCopies(some.size(), postgres ? "(?, ?, ?, ?, ?, ?, ?, ?)"
                        : "(cast(? as bigint), cast(? as varchar(32)), cast(? as varchar(6)), cast(? as date), cast(? as varchar(64)), "
                        + "cast(? as varchar(500)), cast(? as varchar(500)), cast(? as timestamp))"));
                String sql = postgres
                        ? "insert into reporting.warning (id, kind, district_code, fact_on, record_ref, message_en, message_zh, raised_at) "
                        + "values " + rows + " on conflict (kind, record_ref) do " + (restate
                        ? "update set message_en = excluded.message_en, message_zh = excluded.message_zh" : "nothing")
                        : "merge into reporting.warning w using (values " + rows + ") s (id, kind, district_code, fact_on, record_ref, "
                        + "message_en, message_zh, raised_at) on w.kind = s.kind and w.record_ref = s.record_ref "
                        + (restate ? "when matched then update set message_en = s.message_en, message_zh = s.message_zh " : "")
                        + "when not matched then insert (id, kind, district_code, fact_on, record_ref, message_en, message_zh, raised_at) "
                        + "values (s.id, s.kind, s.district_code, s.fact_on, s.record_ref, s.message_en, s.message_zh, s.raised_at)";
                java.util.Set<List<String>> known = known(c, some);
                rememberOnceCommitted(known);
                try (PreparedStatement upsert = c.prepareStatement(sql)) {
                    int n = 1;
                    for (Warning w : some) {
                        long id = ids.next(c);
                        if (!known.contains(List.of(w.kind().name(), w.recordRef()))) {
                            fresh.add(new Raised(id, w));
                        }
                        upsert.setLong(n++, id);
                        upsert.setString(n++, w.kind().name());
                        upsert.setString(n++, w.districtCode());
                        upsert.setObject(n++, w.day());
                        upsert.setString(n++, w.recordRef());
                        upsert.setString(n++, w.message().en());
                        upsert.setString(n++, w.message().zh());
                        upsert.setObject(n++, w.raisedAt());
                    }
                    upsert.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("raising warnings failed", e);
        }
        return fresh;
    }

    /** Warnings read back as stored, remembered once the reading transaction has committed (what it read is then surely committed). */
    private void rememberOnceCommitted(java.util.Set<List<String>> stored) {
        if (stored.isEmpty() || transactions.getTransactionStatus() != jakarta.transaction.Status.STATUS_ACTIVE) {
            return;
        }
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                    if (seenStored.size() + stored.size() > SEEN_MAX) {
                        seenStored.clear();
                    }
                    seenStored.addAll(stored);
                }
            }
        });
    }

    /** Which of these warnings were raised before (their kind and record). */
    private static java.util.Set<List<String>> known(Connection c, List<Warning> some) throws SQLException {
        java.util.Set<List<String>> known = new java.util.HashSet<>();
        try (PreparedStatement q = c.prepareStatement("select kind, record_ref from reporting.warning where "
                + String.join(" or ", java.util.Collections.nCopies(some.size(), "(kind = ? and record_ref = ?)")))) {
            int n = 1;
            for (Warning w : some) {
                q.setString(n++, w.kind().name());
                q.setString(n++, w.recordRef());
            }
            try (var r = q.executeQuery()) {
                while (r.next()) {
                    known.add(List.of(r.getString(1), r.getString(2)));
                }
            }
        }
        return known;
    }

    @Override
    public List<Warning> list(Filter filter, int offset, int limit) {
        return query("select w", filter, Warning.class, " order by w.day desc, w.id desc")
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count(Filter filter) {
        return query("select count(w)", filter, Long.class, "").getSingleResult();
    }

    @Override
    public Map<String, Long> unconfirmedByDistrict(LocalDate from, LocalDate to) {
        Map<String, Long> result = new HashMap<>();
        em.createQuery("select w.districtCode, count(w) from Warning w where w.confirmedAt is null and w.day between :from and :to "
                        + "group by w.districtCode", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .forEach(r -> result.put((String) r[0], ((Number) r[1]).longValue()));
        return result;
    }

    private <T> TypedQuery<T> query(String select, Filter f, Class<T> type, String order) {
        StringBuilder jpql = new StringBuilder(select).append(" from Warning w where w.day between :from and :to");
        if (f.districts() != null) {
            jpql.append(" and w.districtCode in :districts");
        }
        if (f.confirmed() != null) {
            jpql.append(f.confirmed() ? " and w.confirmedAt is not null" : " and w.confirmedAt is null");
        }
        if (f.kind() != null) {
            jpql.append(" and w.kind = :kind");
        }
        TypedQuery<T> q = em.createQuery(jpql + order, type).setParameter("from", f.from()).setParameter("to", f.to());
        if (f.districts() != null) {
            q.setParameter("districts", f.districts().isEmpty() ? List.of("-") : f.districts());
        }
        if (f.kind() != null) {
            q.setParameter("kind", f.kind());
        }
        return q;
    }
}
