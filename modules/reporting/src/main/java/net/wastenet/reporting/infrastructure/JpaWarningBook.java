package net.wastenet.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.wastenet.reporting.domain.Warning;
import net.wastenet.reporting.domain.WarningBook;
import net.wastenet.reporting.domain.WarningKind;

@ApplicationScoped
class JpaWarningBook implements WarningBook {
    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Override
    public void add(Warning w) {
        em.persist(w);
    }

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
    public Map<String, Warning> byRefs(WarningKind kind, Set<String> recordRefs) {
        Map<String, Warning> found = new HashMap<>();
        List<String> refs = new ArrayList<>(recordRefs);
        for (int i = 0; i < refs.size(); i += 500) {
            em.createQuery("select w from Warning w where w.kind = :k and w.recordRef in :r order by w.id", Warning.class)
                    .setParameter("k", kind).setParameter("r", refs.subList(i, Math.min(refs.size(), i + 500)))
                    .getResultStream().forEach(w -> found.putIfAbsent(w.recordRef(), w));
        }
        return found;
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
