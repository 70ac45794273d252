package net.wastenet.points.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.wastenet.points.domain.TonnageLog;
import net.wastenet.points.domain.TonnageLogs;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

@ApplicationScoped
class JpaTonnageLogs implements TonnageLogs {
    @PersistenceContext(unitName = "collection-points")
    EntityManager em;

    @Override
    public Optional<TonnageLog> find(long id) {
        return em.createQuery("select l from TonnageLog l left join fetch l.revisions where l.id = :id", TonnageLog.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public Map<String, TonnageLog> findByClientKeys(String submitter, Collection<String> clientKeys) {
        if (clientKeys.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select l from TonnageLog l where l.createdBy = :who and l.clientKey in :keys", TonnageLog.class)
                .setParameter("who", submitter).setParameter("keys", clientKeys).getResultStream()
                .collect(Collectors.toMap(TonnageLog::clientKey, Function.identity()));
    }

    @Override
    public Page<TonnageLog> list(Filter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.pointCode() != null) {
            conditions.add("l.pointCode = :point");
            params.put("point", filter.pointCode());
        }
        if (filter.districtCode() != null) {
            conditions.add("l.districtCode = :district");
            params.put("district", filter.districtCode());
        }
        if (filter.from() != null) {
            conditions.add("l.weighedOn >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            conditions.add("l.weighedOn <= :to");
            params.put("to", filter.to());
        }
        if (filter.onlyPoints() != null || filter.onlyDistricts() != null) {
            List<String> scope = new ArrayList<>();
            if (filter.onlyPoints() != null && !filter.onlyPoints().isEmpty()) {
                scope.add("l.pointCode in :onlyPoints");
                params.put("onlyPoints", filter.onlyPoints());
            }
            if (filter.onlyDistricts() != null && !filter.onlyDistricts().isEmpty()) {
                scope.add("l.districtCode in :onlyDistricts");
                params.put("onlyDistricts", filter.onlyDistricts());
            }
            conditions.add(scope.isEmpty() ? "1 = 0" : "(" + String.join(" or ", scope) + ")");
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<TonnageLog> query = em.createQuery(
                "select l from TonnageLog l" + where + " order by l.weighedAt desc, l.id desc", TonnageLog.class);
        TypedQuery<Long> count = em.createQuery("select count(l) from TonnageLog l" + where, Long.class);
        params.forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    @Override
    public void addAll(List<TonnageLog> logs) {
        logs.forEach(em::persist);
    }
}
