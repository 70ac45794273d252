package net.wastenet.points.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.wastenet.points.domain.CollectionPoint;
import net.wastenet.points.domain.CollectionPoints;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

@ApplicationScoped
class JpaCollectionPoints implements CollectionPoints {
    @PersistenceContext(unitName = "collection-points")
    EntityManager em;

    @Override
    public Optional<CollectionPoint> find(String code) {
        return em.createQuery("select p from CollectionPoint p where p.code = :code", CollectionPoint.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Optional<CollectionPoint> find(long id) {
        return Optional.ofNullable(em.find(CollectionPoint.class, id));
    }

    @Override
    public Map<String, CollectionPoint> findAll(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from CollectionPoint p where p.code in :codes", CollectionPoint.class)
                .setParameter("codes", codes)
                .setHint("eclipselink.batch", "p.acceptedCategories")
                .setHint("eclipselink.batch", "p.servedCommunities")
                .setHint("eclipselink.batch", "p.statusHistory")
                .setHint("eclipselink.batch.type", "IN")
                .getResultStream().collect(Collectors.toMap(CollectionPoint::code, Function.identity()));
    }

    @Override
    public Page<CollectionPoint> list(String districtCode, PageRequest page) {
        String where = districtCode == null ? "" : " where p.districtCode = :district";
        var query = em.createQuery("select p from CollectionPoint p" + where + " order by p.id desc", CollectionPoint.class)
                .setHint("eclipselink.batch", "p.acceptedCategories")
                .setHint("eclipselink.batch", "p.servedCommunities")
                .setHint("eclipselink.batch", "p.statusHistory")
                .setHint("eclipselink.batch.type", "IN");
        var count = em.createQuery("select count(p) from CollectionPoint p" + where, Long.class);
        if (districtCode != null) {
            query.setParameter("district", districtCode);
            count.setParameter("district", districtCode);
        }
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    @Override
    public void add(CollectionPoint point) {
        em.persist(point);
    }
}
