package net.wastenet.points.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.wastenet.points.domain.TonnageEntry;
import net.wastenet.points.domain.TonnageLog;
import net.wastenet.points.domain.TonnageLogs;
import net.wastenet.points.domain.TonnageRevision;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.SequenceBlocks;

@ApplicationScoped
class JpaTonnageLogs implements TonnageLogs {
    @PersistenceContext(unitName = "collection-points")
    EntityManager em;
    @Resource(lookup = "jdbc/wastenet")
    DataSource dataSource;
    private final SequenceBlocks ids = new SequenceBlocks("points.id_seq", 50);

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

    /**
     * New records and their first revisions in two JDBC batches on the transaction's connection: a weighing
     * is the hot path of the whole system (group commits, bulk imports), and the entity manager's unit of
     * work costs more than the inserts. The records are read back through the entity manager as usual.
     */
    @Override
    public void addAll(List<TonnageLog> logs) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement log = c.prepareStatement("insert into points.tonnage_log (id, point_id, point_code, district_code, "
                     + "category, material, weight_kg, weighed_at, weighed_on, revision, client_key, request_hash, created_at, "
                     + "created_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement revision = c.prepareStatement("insert into points.tonnage_revision (log_id, revision, category, "
                     + "material, weight_kg, reason, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (TonnageLog l : logs) {
                l.storedAs(ids.next(c));
                TonnageEntry e = l.current();
                log.setLong(1, l.id());
                log.setLong(2, l.pointId());
                log.setString(3, l.pointCode());
                log.setString(4, l.districtCode());
                log.setString(5, e.category().name());
                log.setString(6, e.material() == null ? null : e.material().name());
                log.setBigDecimal(7, e.weight().kilograms());
                log.setObject(8, l.weighedAt());
                log.setObject(9, l.weighedOn());
                log.setInt(10, l.revision());
                log.setString(11, l.clientKey());
                log.setString(12, l.requestHash());
                log.setObject(13, l.createdAt());
                log.setString(14, l.createdBy());
                log.setLong(15, l.version());
                log.addBatch();
                for (TonnageRevision r : l.revisions()) {
                    revision.setLong(1, l.id());
                    revision.setInt(2, r.revision());
                    revision.setString(3, r.entry().category().name());
                    revision.setString(4, r.entry().material() == null ? null : r.entry().material().name());
                    revision.setBigDecimal(5, r.entry().weight().kilograms());
                    revision.setString(6, r.reason());
                    revision.setObject(7, r.recordedAt());
                    revision.setString(8, r.recordedBy());
                    revision.addBatch();
                }
            }
            log.executeBatch();
            revision.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("storing weighings failed", e);
        }
    }
}
