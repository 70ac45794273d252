package net.wastenet.reporting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import net.wastenet.reporting.domain.DefinitionSet;
import net.wastenet.reporting.domain.FlowSum;
import net.wastenet.reporting.domain.PointDayChange;
import net.wastenet.reporting.domain.PointDayRule;
import net.wastenet.reporting.domain.PointLogFact;
import net.wastenet.reporting.domain.ReadModel;
import net.wastenet.reporting.domain.ReceiptFact;
import net.wastenet.reporting.domain.TreatmentFact;

@ApplicationScoped
class JpaReadModel implements ReadModel {
    @PersistenceContext(unitName = "reporting")
    EntityManager em;
    @Resource(lookup = "jdbc/wastenet")
    DataSource dataSource;
    private volatile Boolean postgres;

    @Override
    public List<FlowSum> flows(LocalDate from, LocalDate to) {
        return em.createQuery("select f.toFacilityCode, f.toKind, f.fromFacilityCode, f.fromKind, f.sourceKind, f.districtCode, "
                        + "f.residue, sum(f.weightKg) from ReceiptFact f where f.kind = 'RECEIPT' and f.day between :from and :to "
                        + "group by f.toFacilityCode, f.toKind, f.fromFacilityCode, f.fromKind, f.sourceKind, f.districtCode, f.residue",
                        Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .map(r -> FlowSum.of((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                        Boolean.TRUE.equals(r[6]), (BigDecimal) r[7]))
                .toList();
    }

    @Override
    public Map<String, BigDecimal> treatedByPlant(LocalDate from, LocalDate to) {
        Map<String, BigDecimal> result = new HashMap<>();
        em.createQuery("select t.facilityCode, sum(t.inputKg - t.impuritiesKg) from TreatmentFact t "
                        + "where t.day between :from and :to group by t.facilityCode", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .forEach(r -> result.put((String) r[0], (BigDecimal) r[1]));
        return result;
    }

    @Override
    public Set<String> pointsThatLoggedKitchenWaste(LocalDate from, LocalDate to, Set<String> districts) {
        if (districts != null && districts.isEmpty()) {
            return Set.of();
        }
        var q = em.createQuery("select distinct k.pointCode from PointLogFact k where k.category = 'KITCHEN' "
                        + "and k.day between :from and :to" + (districts == null ? "" : " and k.districtCode in :districts"), String.class)
                .setParameter("from", from).setParameter("to", to);
        if (districts != null) {
            q.setParameter("districts", districts);
        }
        return new HashSet<>(q.getResultList());
    }

    @Override
    public Optional<PointLogFact> pointLog(long logId) {
        return Optional.ofNullable(em.find(PointLogFact.class, logId));
    }

    /*
     * The point-day sums are read and written with plain JDBC on the transaction's connection: they are
     * asked and changed in every weighing's transaction, and a prepared statement costs a fraction of a
     * native query through the entity manager.
     */
    @Override
    public Map<String, Map<LocalDate, PointDayStanding>> pointDayStandings(Map<String, Set<LocalDate>> days) {
        List<Object[]> keys = new ArrayList<>();
        days.forEach((point, ds) -> ds.forEach(d -> keys.add(new Object[] {point, d})));
        Map<String, Map<LocalDate, PointDayStanding>> result = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (int i = 0; i < keys.size(); i += 300) {
                List<Object[]> some = keys.subList(i, Math.min(keys.size(), i + 300));
                try (PreparedStatement q = c.prepareStatement("select t.point_code, t.fact_on, max(d.weight_kg), sum(h.weight_kg), "
                        + "count(h.fact_on), min(h.fact_on) from (values " + String.join(",", Collections.nCopies(some.size(),
                        "(cast(? as varchar(32)), cast(? as date), cast(? as date))")) + ") t (point_code, fact_on, window_from) "
                        + "left join reporting.point_day d on d.point_code = t.point_code and d.fact_on = t.fact_on "
                        + "left join reporting.point_day h on h.point_code = t.point_code and h.fact_on >= t.window_from "
                        + "and h.fact_on < t.fact_on and h.weight_kg > 0 group by t.point_code, t.fact_on")) {
                    int n = 1;
                    for (Object[] k : some) {
                        q.setString(n++, (String) k[0]);
                        q.setObject(n++, k[1]);
                        q.setObject(n++, PointDayRule.windowStart((LocalDate) k[1]));
                    }
                    try (ResultSet r = q.executeQuery()) {
                        while (r.next()) {
                            BigDecimal total = r.getBigDecimal(3);
                            BigDecimal sum = r.getBigDecimal(4);
                            int count = r.getInt(5);
                            PointDayRule.Window before = count == 0 ? PointDayRule.Window.EMPTY
                                    : new PointDayRule.Window(sum, count, r.getObject(6, LocalDate.class));
                            result.computeIfAbsent(r.getString(1), p -> new HashMap<>()).put(r.getObject(2, LocalDate.class),
                                    new PointDayStanding(total == null ? BigDecimal.ZERO : total, before));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading point-day sums failed", e);
        }
        return result;
    }

    @Override
    public void addPointLogs(List<PointLogFact> facts) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("insert into reporting.point_log (log_id, point_code, district_code, fact_on, "
                     + "category, weight_kg) values (?, ?, ?, ?, ?, ?)")) {
            for (PointLogFact f : facts) {
                insert.setLong(1, f.logId());
                insert.setString(2, f.pointCode());
                insert.setString(3, f.districtCode());
                insert.setObject(4, f.day());
                insert.setString(5, f.category());
                insert.setBigDecimal(6, f.weightKg());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("storing weighings' facts failed", e);
        }
    }

    @Override
    public void changePointDays(List<PointDayChange> combined) {
        try (Connection c = dataSource.getConnection()) {
            boolean postgres = postgres(c);
            for (int i = 0; i < combined.size(); i += 200) {
                List<PointDayChange> some = combined.subList(i, Math.min(combined.size(), i + 200));
                try (PreparedStatement u = c.prepareStatement(postgres ? upsertPostgres(some.size()) : mergeStandard(some.size()))) {
                    int n = 1;
                    for (PointDayChange change : some) {
                        u.setString(n++, change.pointCode());
                        u.setObject(n++, change.day());
                        u.setString(n++, change.districtCode());
                        u.setBigDecimal(n++, change.weightKg());
                        u.setInt(n++, change.weighings());
                    }
                    u.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("changing point-day sums failed", e);
        }
    }

    /** PostgreSQL: one statement that inserts a point-day or adds to it, safe against concurrent writers. */
    private static String upsertPostgres(int rows) {
        return "insert into reporting.point_day (point_code, fact_on, district_code, weight_kg, weighings) values "
                + String.join(",", Collections.nCopies(rows, "(?, ?, ?, ?, ?)"))
                + " on conflict (point_code, fact_on) do update set weight_kg = reporting.point_day.weight_kg + excluded.weight_kg,"
                + " weighings = reporting.point_day.weighings + excluded.weighings";
    }

    /** H2 (and any database with standard MERGE). */
    private static String mergeStandard(int rows) {
        return "merge into reporting.point_day d using (values "
                + String.join(",", Collections.nCopies(rows,
                        "(cast(? as varchar(32)), cast(? as date), cast(? as varchar(6)), cast(? as numeric(14, 3)), cast(? as integer))"))
                + ") s (point_code, fact_on, district_code, weight_kg, weighings)"
                + " on d.point_code = s.point_code and d.fact_on = s.fact_on"
                + " when matched then update set weight_kg = d.weight_kg + s.weight_kg, weighings = d.weighings + s.weighings"
                + " when not matched then insert (point_code, fact_on, district_code, weight_kg, weighings)"
                + " values (s.point_code, s.fact_on, s.district_code, s.weight_kg, s.weighings)";
    }

    @Override
    public void rebuildPointDays() {
        em.createNativeQuery("delete from reporting.point_day").executeUpdate();
        em.createNativeQuery("insert into reporting.point_day (point_code, fact_on, district_code, weight_kg, weighings) "
                + "select point_code, fact_on, min(district_code), sum(weight_kg), count(*) from reporting.point_log "
                + "group by point_code, fact_on").executeUpdate();
    }

    @Override
    public Map<String, Set<LocalDate>> daysLoggedByPoint(String districtCode, LocalDate from, LocalDate to) {
        Map<String, Set<LocalDate>> result = new HashMap<>();
        for (Object row : em.createNativeQuery("select point_code, fact_on from reporting.point_day where district_code = ? "
                        + "and fact_on between ? and ?")
                .setParameter(1, districtCode).setParameter(2, from).setParameter(3, to).getResultList()) {
            Object[] r = (Object[]) row;
            result.computeIfAbsent((String) r[0], k -> new HashSet<>()).add(localDate(r[1]));
        }
        return result;
    }

    private boolean postgres(Connection c) throws SQLException {
        Boolean known = postgres;
        if (known == null) {
            known = "PostgreSQL".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
            postgres = known;
        }
        return known;
    }

    private static LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @Override
    public Map<String, Set<LocalDate>> daysWithRecordsByFacility(LocalDate from, LocalDate to) {
        Map<String, Set<LocalDate>> result = new HashMap<>();
        em.createQuery("select distinct f.toFacilityCode, f.day from ReceiptFact f where f.toFacilityCode is not null "
                        + "and f.day between :from and :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .forEach(r -> result.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((LocalDate) r[1]));
        em.createQuery("select distinct f.fromFacilityCode, f.day from ReceiptFact f where f.fromFacilityCode is not null "
                        + "and f.day between :from and :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .forEach(r -> result.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((LocalDate) r[1]));
        em.createQuery("select distinct t.facilityCode, t.day from TreatmentFact t where t.day between :from and :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .forEach(r -> result.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((LocalDate) r[1]));
        return result;
    }

    @Override
    public List<ReceiptFact> receipts(LocalDate from, LocalDate to) {
        return em.createQuery("select f from ReceiptFact f where f.kind = 'RECEIPT' and f.day between :from and :to "
                + "order by f.day, f.movementId", ReceiptFact.class).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public List<TreatmentFact> treatments(LocalDate from, LocalDate to) {
        return em.createQuery("select t from TreatmentFact t where t.day between :from and :to order by t.day, t.treatmentId",
                TreatmentFact.class).setParameter("from", from).setParameter("to", to).getResultList();
    }

    @Override
    public boolean rebuildRequested() {
        return ((Number) em.createNativeQuery("select count(*) from reporting.rebuild_request").getSingleResult()).longValue() > 0;
    }

    @Override
    public void clearRebuildRequests() {
        em.createNativeQuery("delete from reporting.rebuild_request").executeUpdate();
    }

    @Override
    public Optional<DefinitionSet> definitionsOn(LocalDate day) {
        return em.createQuery("select d from DefinitionSet d where d.effectiveFrom <= :day order by d.effectiveFrom desc, d.id desc",
                DefinitionSet.class).setParameter("day", day).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<DefinitionSet> definitionSet(String name) {
        return em.createQuery("select d from DefinitionSet d where d.name = :n", DefinitionSet.class)
                .setParameter("n", name).getResultStream().findFirst();
    }

    @Override
    public List<DefinitionSet> definitionSets() {
        return em.createQuery("select d from DefinitionSet d order by d.effectiveFrom, d.id", DefinitionSet.class).getResultList();
    }

    @Override
    public void add(Object fact) {
        em.persist(fact);
    }

    @Override
    public void clearFacts() {
        em.createQuery("delete from ReceiptFact").executeUpdate();
        em.createQuery("delete from TreatmentFact").executeUpdate();
        em.createQuery("delete from PointLogFact").executeUpdate();
        em.createNativeQuery("delete from reporting.point_day").executeUpdate();
    }

    @Override
    public long factCount() {
        return em.createQuery("select count(f) from ReceiptFact f", Long.class).getSingleResult()
                + em.createQuery("select count(t) from TreatmentFact t", Long.class).getSingleResult()
                + em.createQuery("select count(k) from PointLogFact k", Long.class).getSingleResult();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
