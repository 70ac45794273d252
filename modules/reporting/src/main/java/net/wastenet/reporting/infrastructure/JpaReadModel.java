package net.wastenet.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import net.wastenet.reporting.domain.DefinitionSet;
import net.wastenet.reporting.domain.FlowSum;
import net.wastenet.reporting.domain.PointLogFact;
import net.wastenet.reporting.domain.ReceiptFact;
import net.wastenet.reporting.domain.TreatmentFact;
import net.wastenet.reporting.domain.ReadModel;

@ApplicationScoped
class JpaReadModel implements ReadModel {
    @PersistenceContext(unitName = "reporting")
    EntityManager em;

    @Override
    public List<FlowSum> flows(LocalDate from, LocalDate to) {
        return em.createQuery("select f.toFacilityCode, f.toKind, f.fromFacilityCode, f.fromKind, f.sourceKind, f.districtCode, "
                        + "f.residue, sum(f.weightKg) from ReceiptFact f where f.kind = 'RECEIPT' and f.day between :from and :to "
                        + "group by f.toFacilityCode, f.toKind, f.fromFacilityCode, f.fromKind, f.sourceKind, f.districtCode, f.residue",
                        Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .map(r -> new FlowSum((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
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

    @Override
    public Map<String, Map<LocalDate, BigDecimal>> pointDayTotals(Set<String> pointCodes, LocalDate from, LocalDate to) {
        Map<String, Map<LocalDate, BigDecimal>> result = new HashMap<>();
        if (pointCodes.isEmpty()) {
            return result;
        }
        List<String> codes = new ArrayList<>(pointCodes);
        for (int i = 0; i < codes.size(); i += 500) {
            em.createQuery("select p.pointCode, p.day, sum(p.weightKg) from PointLogFact p where p.pointCode in :points "
                            + "and p.day between :from and :to group by p.pointCode, p.day", Object[].class)
                    .setParameter("points", codes.subList(i, Math.min(codes.size(), i + 500)))
                    .setParameter("from", from).setParameter("to", to).getResultStream()
                    .forEach(r -> result.computeIfAbsent((String) r[0], k -> new TreeMap<>()).put((LocalDate) r[1], (BigDecimal) r[2]));
        }
        return result;
    }

    @Override
    public Map<String, Set<LocalDate>> daysLoggedByPoint(String districtCode, LocalDate from, LocalDate to) {
        Map<String, Set<LocalDate>> result = new HashMap<>();
        em.createQuery("select distinct p.pointCode, p.day from PointLogFact p where p.districtCode = :d "
                        + "and p.day between :from and :to", Object[].class)
                .setParameter("d", districtCode).setParameter("from", from).setParameter("to", to).getResultStream()
                .forEach(r -> result.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((LocalDate) r[1]));
        return result;
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
