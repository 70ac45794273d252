package net.wastenet.kitchen.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.wastenet.kitchen.api.ProducerPickups;
import net.wastenet.recyclables.api.SourceKind;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

/** The producers and their pickups for other modules (the charges' statements), read from the manifests. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class JpaProducerPickups implements ProducerPickups {
    private static final String PICKUP = "select m.manifestNo, m.sourceCode, m.sourceDistrictCode, m.pickedUpAt, m.weightKg "
            + "from Manifest m where m.sourceKind = :producer and m.pickedUpAt >= :from and m.pickedUpAt < :to";

    @PersistenceContext(unitName = "kitchen-waste")
    EntityManager em;

    @Override
    public Optional<ProducerPickups.Producer> producer(String code) {
        return em.createQuery("select p from Producer p where p.code = :code", net.wastenet.kitchen.domain.Producer.class).setParameter("code", code)
                .getResultStream().findFirst().map(JpaProducerPickups::of);
    }

    @Override
    public Page<ProducerPickups.Producer> producers(String districtCode, PageRequest page) {
        String where = districtCode == null ? "" : " where p.districtCode = :d";
        TypedQuery<net.wastenet.kitchen.domain.Producer> q = em.createQuery("select p from Producer p" + where + " order by p.code", net.wastenet.kitchen.domain.Producer.class);
        TypedQuery<Long> c = em.createQuery("select count(p) from Producer p" + where, Long.class);
        if (districtCode != null) {
            q.setParameter("d", districtCode);
            c.setParameter("d", districtCode);
        }
        List<ProducerPickups.Producer> items = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream()
                .map(JpaProducerPickups::of).toList();
        return new Page<>(items, c.getSingleResult());
    }

    @Override
    public List<Pickup> pickups(List<String> producerCodes, String districtCode, LocalDate from, LocalDate to) {
        if (producerCodes != null && producerCodes.isEmpty()) {
            return List.of();
        }
        String jpql = PICKUP + (producerCodes != null ? " and m.sourceCode in :codes" : "")
                + (districtCode != null ? " and m.sourceDistrictCode = :d" : "") + " order by m.pickedUpAt, m.id";
        TypedQuery<Object[]> q = em.createQuery(jpql, Object[].class);
        bind(q, from, to);
        if (producerCodes != null) {
            q.setParameter("codes", producerCodes);
        }
        if (districtCode != null) {
            q.setParameter("d", districtCode);
        }
        return q.getResultStream().map(JpaProducerPickups::pickup).toList();
    }

    @Override
    public Page<Pickup> pickups(String producerCode, LocalDate from, LocalDate to, PageRequest page) {
        TypedQuery<Object[]> q = em.createQuery(PICKUP + " and m.sourceCode = :code order by m.pickedUpAt, m.id", Object[].class);
        TypedQuery<Long> c = em.createQuery("select count(m) from Manifest m where m.sourceKind = :producer "
                + "and m.pickedUpAt >= :from and m.pickedUpAt < :to and m.sourceCode = :code", Long.class);
        bind(q, from, to);
        bind(c, from, to);
        q.setParameter("code", producerCode);
        c.setParameter("code", producerCode);
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultStream().map(JpaProducerPickups::pickup).toList(),
                c.getSingleResult());
    }

    private static Pickup pickup(Object[] row) {
        return new Pickup((String) row[0], (String) row[1], (String) row[2], (java.time.LocalDateTime) row[3], (java.math.BigDecimal) row[4]);
    }

    private static void bind(TypedQuery<?> q, LocalDate from, LocalDate to) {
        q.setParameter("producer", SourceKind.PRODUCER);
        q.setParameter("from", from.atStartOfDay());
        q.setParameter("to", to.plusDays(1).atStartOfDay());
    }

    private static ProducerPickups.Producer of(net.wastenet.kitchen.domain.Producer p) {
        return new ProducerPickups.Producer(p.code(), p.name(), p.kind().name(), p.districtCode(), p.activeFrom());
    }
}
