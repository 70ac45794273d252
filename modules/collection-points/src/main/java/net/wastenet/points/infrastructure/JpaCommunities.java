package net.wastenet.points.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import net.wastenet.points.domain.Communities;
import net.wastenet.points.domain.Community;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

@ApplicationScoped
class JpaCommunities implements Communities {
    @PersistenceContext(unitName = "collection-points")
    EntityManager em;

    @Override
    public Optional<Community> find(String code) {
        return em.createQuery("select c from Community c where c.code = :code", Community.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public Set<String> existing(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select c.code from Community c where c.code in :codes", String.class)
                .setParameter("codes", codes).getResultList());
    }

    @Override
    public Page<Community> list(String districtCode, PageRequest page) {
        String where = districtCode == null ? "" : " where c.districtCode = :district";
        var query = em.createQuery("select c from Community c" + where + " order by c.id desc", Community.class);
        var count = em.createQuery("select count(c) from Community c" + where, Long.class);
        if (districtCode != null) {
            query.setParameter("district", districtCode);
            count.setParameter("district", districtCode);
        }
        return new Page<>(query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    @Override
    public void add(Community community) {
        em.persist(community);
    }
}
