package net.wastenet.charges.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import net.wastenet.charges.domain.ChargeBook;
import net.wastenet.charges.domain.CompensationRate;
import net.wastenet.charges.domain.FrozenMonth;
import net.wastenet.charges.domain.Tariff;

@ApplicationScoped
class JpaChargeBook implements ChargeBook {
    @PersistenceContext(unitName = "charges")
    EntityManager em;

    @Override
    public List<Tariff> tariffs() {
        return em.createQuery("select t from Tariff t order by t.validFrom, t.createdAt, t.id", Tariff.class).getResultList();
    }

    @Override
    public Optional<Tariff> tariff(String code) {
        return em.createQuery("select t from Tariff t where t.code = :c", Tariff.class).setParameter("c", code).getResultStream().findFirst();
    }

    @Override
    public Map<String, Tariff> tariffsByClientKeys(String submitter, Collection<String> clientKeys) {
        if (clientKeys.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select t from Tariff t where t.createdBy = :who and t.clientKey in :k", Tariff.class)
                .setParameter("who", submitter).setParameter("k", clientKeys).getResultStream()
                .collect(Collectors.toMap(Tariff::clientKey, t -> t));
    }

    @Override
    public List<CompensationRate> rates() {
        return em.createQuery("select r from CompensationRate r order by r.validFrom, r.createdAt, r.id", CompensationRate.class).getResultList();
    }

    @Override
    public Map<String, CompensationRate> ratesByClientKeys(String submitter, Collection<String> clientKeys) {
        if (clientKeys.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select r from CompensationRate r where r.createdBy = :who and r.clientKey in :k", CompensationRate.class)
                .setParameter("who", submitter).setParameter("k", clientKeys).getResultStream()
                .collect(Collectors.toMap(CompensationRate::clientKey, r -> r));
    }

    @Override
    public List<FrozenMonth> frozen(String districtCode, String month) {
        return em.createQuery("select f from FrozenMonth f where f.districtCode = :d and f.month = :m order by f.version", FrozenMonth.class)
                .setParameter("d", districtCode).setParameter("m", month).getResultList();
    }

    @Override
    public Map<String, FrozenMonth> latestFrozen(Collection<String> districtCodes, String month) {
        Map<String, FrozenMonth> latest = new HashMap<>();
        if (districtCodes.isEmpty()) {
            return latest;
        }
        for (FrozenMonth f : em.createQuery("select f from FrozenMonth f where f.districtCode in :d and f.month = :m order by f.version",
                FrozenMonth.class).setParameter("d", districtCodes).setParameter("m", month).getResultList()) {
            latest.put(f.districtCode(), f);
        }
        return latest;
    }

    @Override
    public void add(Object entity) {
        em.persist(entity);
    }
}
