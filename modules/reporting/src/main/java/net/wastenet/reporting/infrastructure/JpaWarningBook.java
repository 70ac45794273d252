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
    private final SequenceBlocks ids = new SequenceBlocks("reporting.id_seq", 50);

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
    public void raise(List<Warning> raised) {
        upsert(raised, false);
    }

    @Override
    public void raiseOrRestate(List<Warning> raised) {
        upsert(raised, true);
    }

    private void upsert(List<Warning> raised, boolean restate) {
        List<Warning> ordered = raised.stream().sorted(java.util.Comparator.comparing(Warning::recordRef)).toList();
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
                try (PreparedStatement upsert = c.prepareStatement(sql)) {
                    int n = 1;
                    for (Warning w : some) {
                        upsert.setLong(n++, ids.next(c));
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
