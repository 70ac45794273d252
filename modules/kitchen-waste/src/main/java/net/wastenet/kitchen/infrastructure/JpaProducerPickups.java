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
    @jakarta.annotation.Resource(lookup = "jdbc/wastenet")
    javax.sql.DataSource dataSource;

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
    @Transactional(Transactional.TxType.REQUIRED)
    public void producerParts(java.util.Collection<String> producerCodes, String districtCode, List<LocalDate> partStarts, LocalDate to,
                              java.util.function.Consumer<ProducerPart> sink) {
        if (partStarts.isEmpty() || partStarts.get(0).isAfter(to) || producerCodes != null && producerCodes.isEmpty()) {
            return;
        }
        List<String> codes = producerCodes == null ? null : new java.util.ArrayList<>(new java.util.TreeSet<>(producerCodes));
        int chunk = 500;
        for (int i = 0; codes == null ? i == 0 : i < codes.size(); i += chunk) {
            partsOf(codes == null ? null : codes.subList(i, Math.min(codes.size(), i + chunk)), districtCode, partStarts, to, sink);
        }
    }

    private void partsOf(List<String> codes, String districtCode, List<LocalDate> partStarts, LocalDate to,
                         java.util.function.Consumer<ProducerPart> sink) {
        StringBuilder part = new StringBuilder("case");
        for (int i = partStarts.size() - 1; i >= 1; i--) {
            part.append(" when m.picked_up_at >= ? then ").append(i);
        }
        part.append(" else 0 end");
        String partOf = partStarts.size() == 1 ? "0" : part.toString();
        String sql = "select code, district_code, part, sum(weight_kg) from (select m.source_code as code, m.source_district_code as district_code, "
                + partOf + " as part, m.weight_kg from kitchen.manifest m where m.source_kind = ? and m.picked_up_at >= ? and m.picked_up_at < ?"
                + (codes != null ? " and m.source_code in (" + String.join(", ", java.util.Collections.nCopies(codes.size(), "?")) + ")" : "")
                + (districtCode != null ? " and m.source_district_code = ?" : "")
                + ") p group by code, district_code, part order by code, district_code, part";
        try (java.sql.Connection c = dataSource.getConnection(); java.sql.PreparedStatement q = c.prepareStatement(sql)) {
            int i = 1;
            for (int k = partStarts.size() - 1; k >= 1; k--) {
                q.setObject(i++, partStarts.get(k).atStartOfDay());
            }
            q.setString(i++, SourceKind.PRODUCER.name());
            q.setObject(i++, partStarts.get(0).atStartOfDay());
            q.setObject(i++, to.plusDays(1).atStartOfDay());
            if (codes != null) {
                for (String code : codes) {
                    q.setString(i++, code);
                }
            }
            if (districtCode != null) {
                q.setString(i++, districtCode);
            }
            q.setFetchSize(1000);
            try (java.sql.ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    sink.accept(new ProducerPart(r.getString(1), r.getString(2), r.getInt(3), r.getBigDecimal(4).setScale(3)));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("summing the producers' pickups failed", e);
        }
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
