package net.wastenet.recyclables.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.recyclables.domain.Facilities;
import net.wastenet.recyclables.domain.Facility;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

@ApplicationScoped
class JpaFacilities implements Facilities {
    @PersistenceContext(unitName = "recyclables")
    EntityManager em;

    @Override
    public Optional<Facility> find(String code) {
        return em.createQuery("select f from Facility f where f.code = :code", Facility.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<Facility> findLocked(String code) {
        return em.createQuery("select f from Facility f where f.code = :code", Facility.class)
                .setParameter("code", code).setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public Page<Facility> list(String districtCode, FacilityKind kind, PageRequest page) {
        List<String> where = new ArrayList<>();
        if (districtCode != null) {
            where.add("f.districtCode = :district");
        }
        if (kind != null) {
            where.add("f.kind = :kind");
        }
        String w = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        var q = em.createQuery("select f from Facility f" + w + " order by f.id desc", Facility.class)
                .setHint("eclipselink.batch", "f.capacityHistory").setHint("eclipselink.batch", "f.acceptedMaterials")
                .setHint("eclipselink.batch.type", "IN");
        var c = em.createQuery("select count(f) from Facility f" + w, Long.class);
        if (districtCode != null) {
            q.setParameter("district", districtCode);
            c.setParameter("district", districtCode);
        }
        if (kind != null) {
            q.setParameter("kind", kind);
            c.setParameter("kind", kind);
        }
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), c.getSingleResult());
    }

    @Override
    public void add(Facility facility) {
        em.persist(facility);
    }
}
