package net.wastenet.kitchen.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.wastenet.kitchen.domain.Hauler;
import net.wastenet.kitchen.domain.KitchenRegistry;
import net.wastenet.kitchen.domain.Manifest;
import net.wastenet.kitchen.domain.Producer;
import net.wastenet.kitchen.domain.Refusal;
import net.wastenet.kitchen.domain.Route;
import net.wastenet.kitchen.domain.Run;
import net.wastenet.kitchen.domain.Treatment;
import net.wastenet.kitchen.domain.Vehicle;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

@ApplicationScoped
class JpaKitchenRegistry implements KitchenRegistry {
    @PersistenceContext(unitName = "kitchen-waste")
    EntityManager em;

    private <T> Optional<T> byCode(Class<T> type, String code) {
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.code = :code", type)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<Producer> producer(String code) {
        return byCode(Producer.class, code);
    }

    @Override
    public Optional<Hauler> hauler(String code) {
        return byCode(Hauler.class, code);
    }

    @Override
    public Optional<Vehicle> vehicle(String code) {
        return byCode(Vehicle.class, code);
    }

    @Override
    public Optional<Vehicle> vehicleForLoading(String code) {
        return em.createQuery("select e from Vehicle e where e.code = :code", Vehicle.class).setParameter("code", code)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public Optional<Route> route(String code) {
        return byCode(Route.class, code);
    }

    @Override
    public Optional<Run> run(long id) {
        return Optional.ofNullable(em.find(Run.class, id));
    }

    @Override
    public Page<Producer> producers(String districtCode, PageRequest page) {
        return page(Producer.class, districtCode == null ? Map.of() : Map.of("districtCode", districtCode), "e.id desc", page);
    }

    @Override
    public Page<Hauler> haulers(PageRequest page) {
        return page(Hauler.class, Map.of(), "e.code", page);
    }

    @Override
    public Page<Vehicle> vehicles(String haulerCode, PageRequest page) {
        return page(Vehicle.class, haulerCode == null ? Map.of() : Map.of("haulerCode", haulerCode), "e.code", page);
    }

    @Override
    public List<Route> routes(String haulerCode) {
        return page(Route.class, haulerCode == null ? Map.of() : Map.of("haulerCode", haulerCode), "e.code",
                new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    @Override
    public Optional<Manifest> manifest(String manifestNo) {
        return em.createQuery("select m from Manifest m where m.manifestNo = :no", Manifest.class)
                .setParameter("no", manifestNo).getResultStream().findFirst();
    }

    @Override
    public List<Manifest> manifests(Collection<String> manifestNos) {
        if (manifestNos.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select m from Manifest m where m.manifestNo in :nos", Manifest.class)
                .setParameter("nos", manifestNos).getResultList();
    }

    @Override
    public Map<String, Manifest> manifestsByClientKeys(String submitter, Collection<String> clientKeys) {
        if (clientKeys.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select m from Manifest m where m.clientKey in :k and m.signedBy = :who", Manifest.class)
                .setParameter("k", clientKeys).setParameter("who", submitter).getResultStream()
                .collect(java.util.stream.Collectors.toMap(Manifest::clientKey, m -> m));
    }

    @Override
    public BigDecimal onBoard(String vehicleCode) {
        BigDecimal sum = em.createQuery("select sum(m.weightKg) from Manifest m where m.vehicleCode = :v and m.status = :s",
                BigDecimal.class).setParameter("v", vehicleCode).setParameter("s", Manifest.Status.PICKED_UP).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    @Override
    public Page<Manifest> incoming(String facilityCode, PageRequest page) {
        String w = " where e.status = :s and (e.destinationFacilityCode = :f or e.destinationFacilityCode is null)";
        TypedQuery<Manifest> q = em.createQuery("select e from Manifest e" + w + " order by e.pickedUpAt, e.id", Manifest.class);
        TypedQuery<Long> c = em.createQuery("select count(e) from Manifest e" + w, Long.class);
        for (TypedQuery<?> query : List.of(q, c)) {
            query.setParameter("s", Manifest.Status.PICKED_UP).setParameter("f", facilityCode);
        }
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), c.getSingleResult());
    }

    @Override
    public Page<Manifest> manifests(ManifestFilter f, PageRequest page) {
        Map<String, Object> where = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        if (f.status() != null) {
            conditions.add("e.status = :status");
            where.put("status", Manifest.Status.valueOf(f.status()));
        }
        if (f.haulerCode() != null) {
            conditions.add("e.haulerCode = :hauler");
            where.put("hauler", f.haulerCode());
        }
        if (f.facilityCode() != null) {
            conditions.add("e.facilityCode = :facility");
            where.put("facility", f.facilityCode());
        }
        if (f.districtCode() != null) {
            conditions.add("e.sourceDistrictCode = :district");
            where.put("district", f.districtCode());
        }
        if (f.pickedUpBefore() != null) {
            conditions.add("e.pickedUpAt < :before");
            where.put("before", f.pickedUpBefore());
        }
        if (f.from() != null) {
            conditions.add("e.pickedUpAt >= :from");
            where.put("from", f.from().atStartOfDay());
        }
        if (f.to() != null) {
            conditions.add("e.pickedUpAt < :to");
            where.put("to", f.to().plusDays(1).atStartOfDay());
        }
        String w = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Manifest> q = em.createQuery("select e from Manifest e" + w + " order by e.pickedUpAt desc, e.id desc", Manifest.class);
        TypedQuery<Long> c = em.createQuery("select count(e) from Manifest e" + w, Long.class);
        where.forEach((k, v) -> {
            q.setParameter(k, v);
            c.setParameter(k, v);
        });
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), c.getSingleResult());
    }

    @Override
    public Map<String, Treatment> treatmentsByClientKeys(String submitter, Collection<String> clientKeys) {
        if (clientKeys.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select t from Treatment t where t.clientKey in :k and t.createdBy = :who", Treatment.class)
                .setParameter("k", clientKeys).setParameter("who", submitter).getResultStream()
                .collect(java.util.stream.Collectors.toMap(Treatment::clientKey, t -> t));
    }

    @Override
    public Page<Treatment> treatments(String facilityCode, LocalDate from, LocalDate to, PageRequest page) {
        String w = " where t.facilityCode = :f and t.treatedOn between :from and :to";
        var q = em.createQuery("select t from Treatment t" + w + " order by t.treatedOn desc, t.id desc", Treatment.class);
        var c = em.createQuery("select count(t) from Treatment t" + w, Long.class);
        for (Query query : new Query[] {q, c}) {
            query.setParameter("f", facilityCode).setParameter("from", from).setParameter("to", to);
        }
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), c.getSingleResult());
    }

    @Override
    public List<Treatment> treatmentsAfter(long afterId, int limit) {
        return em.createQuery("select t from Treatment t where t.id > :after order by t.id", Treatment.class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
    }

    @Override
    public BigDecimal treatedInputUpTo(String facilityCode, LocalDate day) {
        BigDecimal sum = em.createQuery("select sum(t.inputKg) from Treatment t where t.facilityCode = :f and t.treatedOn <= :d",
                BigDecimal.class).setParameter("f", facilityCode).setParameter("d", day).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    @Override
    public void add(Object entity) {
        em.persist(entity);
    }

    @Override
    public void flush() {
        em.flush();
    }

    private <T> Page<T> page(Class<T> type, Map<String, Object> equals, String order, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        equals.keySet().forEach(k -> conditions.add("e." + k + " = :" + k));
        String w = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<T> q = em.createQuery("select e from " + type.getSimpleName() + " e" + w + " order by " + order, type);
        TypedQuery<Long> c = em.createQuery("select count(e) from " + type.getSimpleName() + " e" + w, Long.class);
        equals.forEach((k, v) -> {
            q.setParameter(k, v);
            c.setParameter(k, v);
        });
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), c.getSingleResult());
    }

    @Override
    public Map<String, Refusal> refusalsByClientKeys(String submitter, Collection<String> clientKeys) {
        if (clientKeys.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select r from Refusal r where r.clientKey in :k and r.createdBy = :who", Refusal.class)
                .setParameter("k", clientKeys).setParameter("who", submitter).getResultStream()
                .collect(java.util.stream.Collectors.toMap(Refusal::clientKey, r -> r));
    }

    @Override
    public Optional<Refusal> refusal(long id) {
        return Optional.ofNullable(em.find(Refusal.class, id));
    }

    @Override
    public List<Refusal> openRefusals(String pointCode) {
        return em.createQuery("select r from Refusal r where r.pointCode = :p and r.status = :s order by r.id", Refusal.class)
                .setParameter("p", pointCode).setParameter("s", Refusal.Status.OPEN)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    @Override
    public int refusalsBetween(String pointCode, LocalDate from, LocalDate to) {
        return em.createQuery("select count(r) from Refusal r where r.pointCode = :p and r.refusedOn >= :f and r.refusedOn <= :t",
                Long.class).setParameter("p", pointCode).setParameter("f", from).setParameter("t", to).getSingleResult().intValue();
    }

    @Override
    public Page<Refusal> refusals(RefusalFilter f, PageRequest page) {
        Map<String, Object> where = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        if (f.status() != null) {
            conditions.add("e.status = :status");
            where.put("status", f.status());
        }
        if (f.haulerCode() != null) {
            conditions.add("e.haulerCode = :hauler");
            where.put("hauler", f.haulerCode());
        }
        if (f.districtCode() != null) {
            conditions.add("e.districtCode = :district");
            where.put("district", f.districtCode());
        }
        if (f.pointCode() != null) {
            conditions.add("e.pointCode = :point");
            where.put("point", f.pointCode());
        }
        if (f.from() != null) {
            conditions.add("e.refusedOn >= :from");
            where.put("from", f.from());
        }
        if (f.to() != null) {
            conditions.add("e.refusedOn <= :to");
            where.put("to", f.to());
        }
        if (f.overdueOn() != null) {
            conditions.add("e.status = :open and e.dueDate < :overdueOn");
            where.put("open", Refusal.Status.OPEN);
            where.put("overdueOn", f.overdueOn());
        }
        String w = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<Refusal> q = em.createQuery("select e from Refusal e" + w + " order by e.refusedAt desc, e.id desc", Refusal.class);
        TypedQuery<Long> c = em.createQuery("select count(e) from Refusal e" + w, Long.class);
        where.forEach((k, v) -> {
            q.setParameter(k, v);
            c.setParameter(k, v);
        });
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), c.getSingleResult());
    }
}
