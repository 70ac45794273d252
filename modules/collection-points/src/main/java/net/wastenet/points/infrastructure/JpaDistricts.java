package net.wastenet.points.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import net.wastenet.points.domain.District;
import net.wastenet.points.domain.Districts;

@ApplicationScoped
class JpaDistricts implements Districts {
    @PersistenceContext(unitName = "collection-points")
    EntityManager em;

    @Override
    public Optional<District> find(String code) {
        return Optional.ofNullable(em.find(District.class, code));
    }

    @Override
    public List<District> all() {
        return em.createQuery("select d from District d order by d.code", District.class).getResultList();
    }

    @Override
    public void add(District district) {
        em.persist(district);
    }
}
