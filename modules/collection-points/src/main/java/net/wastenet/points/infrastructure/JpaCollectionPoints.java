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
import net.wastenet.points.domain.MapPoint;
import net.wastenet.points.domain.PointKind;
import net.wastenet.points.domain.PointStatus;
import net.wastenet.points.domain.StatusHistory;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

@ApplicationScoped
class JpaCollectionPoints implements CollectionPoints {
    @jakarta.annotation.Resource(lookup = "jdbc/wastenet")
    javax.sql.DataSource dataSource;
    @PersistenceContext(unitName = "collection-points")
    EntityManager em;
    @jakarta.inject.Inject
    KeptPoints kept;

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
        return kept.find(codes, this::read);
    }

    private Map<String, CollectionPoint> read(Collection<String> codes) {
        // read-only: the recording pipeline only asks the points its rules; kept out of the unit of work, a
        // chunk's thousand points are not compared field by field (and their communities read) at commit
        return em.createQuery("select p from CollectionPoint p where p.code in :codes", CollectionPoint.class)
                .setParameter("codes", codes)
                .setHint("eclipselink.read-only", "true")
                .setHint("eclipselink.batch", "p.acceptedCategories")
                .setHint("eclipselink.batch", "p.statusHistory")
                .setHint("eclipselink.batch", "p.servedCommunities")
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

    @Override
    public java.util.List<MapPoint> map(String districtCode, java.time.LocalDate day) {
        // one row a point and one a status change, read by the driver: the city's map is 30,000 points
        String inDistrict = districtCode == null ? "" : " where p.district_code = ?";
        java.util.Map<Long, java.util.List<StatusHistory.Entry>> histories = new java.util.HashMap<>();
        java.util.List<MapPoint> result = new java.util.ArrayList<>();
        try (java.sql.Connection c = dataSource.getConnection()) {
            try (java.sql.PreparedStatement q = c.prepareStatement("select s.point_id, s.status, s.effective_from, s.recorded_at "
                    + "from points.point_status_change s join points.collection_point p on p.id = s.point_id" + inDistrict)) {
                if (districtCode != null) {
                    q.setString(1, districtCode);
                }
                try (java.sql.ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        histories.computeIfAbsent(r.getLong(1), k -> new java.util.ArrayList<>()).add(new StatusHistory.Entry(
                                PointStatus.valueOf(r.getString(2)), r.getObject(3, java.time.LocalDate.class),
                                r.getObject(4, java.time.LocalDateTime.class)));
                    }
                }
            }
            try (java.sql.PreparedStatement q = c.prepareStatement("select p.id, p.code, p.longitude, p.latitude, p.kind "
                    + "from points.collection_point p" + inDistrict + " order by p.code")) {
                if (districtCode != null) {
                    q.setString(1, districtCode);
                }
                try (java.sql.ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        result.add(new MapPoint(r.getString(2), r.getBigDecimal(3), r.getBigDecimal(4), PointKind.valueOf(r.getString(5)),
                                StatusHistory.on(histories.getOrDefault(r.getLong(1), java.util.List.of()), day)));
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("reading the points' map failed", e);
        }
        return result;
    }
}
