package net.wastenet.recyclables.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.wastenet.recyclables.domain.Movement;
import net.wastenet.recyclables.domain.Movements;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

@ApplicationScoped
class JpaMovements implements Movements {
    @PersistenceContext(unitName = "recyclables")
    EntityManager em;

    @Override
    public Map<String, Movement> findByClientKeys(String submitter, Collection<String> clientKeys) {
        if (clientKeys.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from Movement m where m.clientKey in :keys and m.createdBy = :who", Movement.class)
                .setParameter("keys", clientKeys).setParameter("who", submitter).getResultStream()
                .collect(Collectors.toMap(Movement::clientKey, Function.identity()));
    }

    @Override
    public void addAll(List<Movement> movements) {
        movements.forEach(em::persist);
    }

    @Override
    public BigDecimal intakeOn(long facilityId, LocalDate day) {
        BigDecimal sum = em.createQuery("select sum(m.weightKg) from Movement m where m.toFacilityId = :f and m.movedOn = :d",
                BigDecimal.class).setParameter("f", facilityId).setParameter("d", day).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    @Override
    public Map<LocalDate, BigDecimal> intakeByDay(long facilityId, DateRange range) {
        Map<LocalDate, BigDecimal> result = new TreeMap<>();
        em.createQuery("select m.movedOn, sum(m.weightKg) from Movement m where m.toFacilityId = :f "
                        + "and m.movedOn between :from and :to group by m.movedOn", Object[].class)
                .setParameter("f", facilityId).setParameter("from", range.from()).setParameter("to", range.to())
                .getResultList().forEach(r -> result.put((LocalDate) r[0], (BigDecimal) r[1]));
        return result;
    }

    @Override
    public Map<Long, Map<LocalDate, BigDecimal>> intakeByFacilityAndDay(DateRange range) {
        Map<Long, Map<LocalDate, BigDecimal>> result = new java.util.HashMap<>();
        em.createQuery("select m.toFacilityId, m.movedOn, sum(m.weightKg) from Movement m where m.toFacilityId is not null "
                        + "and m.movedOn between :from and :to group by m.toFacilityId, m.movedOn", Object[].class)
                .setParameter("from", range.from()).setParameter("to", range.to())
                .getResultList().forEach(r -> result.computeIfAbsent((Long) r[0], k -> new TreeMap<>()).put((LocalDate) r[1], (BigDecimal) r[2]));
        return result;
    }

    @Override
    public Map<LocalDate, BigDecimal[]> outflowByDay(long facilityId, DateRange range) {
        Map<LocalDate, BigDecimal[]> result = new TreeMap<>();
        em.createQuery("select m.movedOn, m.residue, sum(m.weightKg) from Movement m where m.fromFacilityId = :f "
                        + "and m.movedOn between :from and :to group by m.movedOn, m.residue", Object[].class)
                .setParameter("f", facilityId).setParameter("from", range.from()).setParameter("to", range.to())
                .getResultList().forEach(r -> {
                    BigDecimal[] day = result.computeIfAbsent((LocalDate) r[0], d -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    day[Boolean.TRUE.equals(r[1]) ? 1 : 0] = (BigDecimal) r[2];
                });
        return result;
    }

    @Override
    public Map<String, BigDecimal> intakeByDistrict(long facilityId, DateRange range) {
        Map<String, BigDecimal> result = new TreeMap<>();
        em.createQuery("select m.sourceDistrictCode, sum(m.weightKg) from Movement m where m.toFacilityId = :f "
                        + "and m.sourceDistrictCode is not null and m.movedOn between :from and :to "
                        + "group by m.sourceDistrictCode", Object[].class)
                .setParameter("f", facilityId).setParameter("from", range.from()).setParameter("to", range.to())
                .getResultList().forEach(r -> result.put((String) r[0], (BigDecimal) r[1]));
        return result;
    }

    @Override
    public BigDecimal[] balanceTotals(long facilityId, DateRange range) {
        BigDecimal input = em.createQuery("select sum(m.weightKg) from Movement m where m.toFacilityId = :f "
                        + "and m.movedOn between :from and :to", BigDecimal.class)
                .setParameter("f", facilityId).setParameter("from", range.from()).setParameter("to", range.to())
                .getSingleResult();
        BigDecimal outputs = BigDecimal.ZERO;
        BigDecimal residues = BigDecimal.ZERO;
        for (BigDecimal[] day : outflowByDay(facilityId, range).values()) {
            outputs = outputs.add(day[0]);
            residues = residues.add(day[1]);
        }
        return new BigDecimal[] {input == null ? BigDecimal.ZERO : input, outputs, residues};
    }

    @Override
    public java.util.List<Movement> after(long afterId, int limit) {
        return em.createQuery("select m from Movement m where m.id > :after order by m.id", Movement.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public Page<Movement> list(long facilityId, DateRange range, PageRequest page) {
        String where = " where (m.toFacilityId = :f or m.fromFacilityId = :f) and m.movedOn between :from and :to";
        var q = em.createQuery("select m from Movement m" + where + " order by m.movedOn desc, m.id desc", Movement.class);
        var c = em.createQuery("select count(m) from Movement m" + where, Long.class);
        for (var query : new jakarta.persistence.Query[] {q, c}) {
            query.setParameter("f", facilityId).setParameter("from", range.from()).setParameter("to", range.to());
        }
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), c.getSingleResult());
    }
}
