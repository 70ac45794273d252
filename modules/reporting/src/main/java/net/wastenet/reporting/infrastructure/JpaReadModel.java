package net.wastenet.reporting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.wastenet.reporting.domain.DefinitionSet;
import net.wastenet.reporting.domain.FlowSum;
import net.wastenet.reporting.domain.KitchenLogFact;
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
    public Set<String> pointsThatLoggedKitchenWaste(LocalDate from, LocalDate to) {
        return new HashSet<>(em.createQuery("select distinct k.pointCode from KitchenLogFact k where k.kitchen = true "
                        + "and k.day between :from and :to", String.class)
                .setParameter("from", from).setParameter("to", to).getResultList());
    }

    @Override
    public Optional<KitchenLogFact> kitchenLog(long logId) {
        return Optional.ofNullable(em.find(KitchenLogFact.class, logId));
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
        em.createQuery("delete from KitchenLogFact").executeUpdate();
    }

    @Override
    public long factCount() {
        return em.createQuery("select count(f) from ReceiptFact f", Long.class).getSingleResult()
                + em.createQuery("select count(t) from TreatmentFact t", Long.class).getSingleResult()
                + em.createQuery("select count(k) from KitchenLogFact k", Long.class).getSingleResult();
    }

    @Override
    public void flush() {
        em.flush();
    }
}
