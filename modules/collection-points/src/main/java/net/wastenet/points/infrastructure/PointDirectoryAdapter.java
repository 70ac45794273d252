package net.wastenet.points.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.wastenet.points.api.CommunityServed;
import net.wastenet.points.api.PointActivity;
import net.wastenet.points.api.PointLog;
import net.wastenet.points.domain.Community;
import net.wastenet.shared.DateRange;
import java.util.Optional;
import net.wastenet.points.api.DistrictSummary;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.points.api.PointSummary;
import net.wastenet.points.domain.CollectionPoint;
import net.wastenet.points.domain.CollectionPoints;
import net.wastenet.points.domain.District;
import net.wastenet.points.domain.Districts;
import net.wastenet.points.domain.PointStatus;
import net.wastenet.points.domain.StatusHistory;
import net.wastenet.shared.WasteCategory;

/** The module's published look-ups, answered from its own repositories. */
@ApplicationScoped
class PointDirectoryAdapter implements PointDirectory {
    @Inject
    Districts districts;
    @Inject
    CollectionPoints points;
    @Inject
    net.wastenet.points.domain.Communities communities;
    @jakarta.annotation.Resource(lookup = "jdbc/wastenet")
    javax.sql.DataSource dataSource;
    @PersistenceContext(unitName = "collection-points")
    EntityManager em;

    @Override
    public Optional<DistrictSummary> district(String districtCode) {
        return districts.find(districtCode).map(PointDirectoryAdapter::summary);
    }

    @Override
    public List<DistrictSummary> districts() {
        return districts.all().stream().map(PointDirectoryAdapter::summary).toList();
    }

    @Override
    public Optional<PointSummary> point(String pointCode) {
        return points.find(pointCode).map(p -> new PointSummary(p.code(), p.name(), p.kind().name(), p.districtCode(),
                p.acceptedCategories(), p.servedCommunities(), p.activeFrom()));
    }

    @Override
    public Optional<net.wastenet.points.api.CommunitySummary> community(String communityCode) {
        return communities.find(communityCode).map(c -> new net.wastenet.points.api.CommunitySummary(c.code(), c.name(),
                c.districtCode(), c.households(), c.activeFrom()));
    }

    @Override
    public boolean isActiveOn(String pointCode, LocalDate day) {
        return points.find(pointCode).map(p -> p.isActiveOn(day)).orElse(false);
    }

    @Override
    public boolean canReceive(String pointCode, WasteCategory category, LocalDate day) {
        Optional<CollectionPoint> point = points.find(pointCode);
        return point.isPresent() && point.get().isActiveOn(day) && point.get().accepts(category);
    }

    @Inject
    KeptDirectory keptDirectory;

    /**
     * Every community in service by the period's end with the points serving it: judged from the directory the
     * instance keeps while nothing in it changes ({@link KeptDirectory}), read as rows when it did.
     */
    @Override
    public List<CommunityServed> communitiesServed(String districtCode, DateRange period) {
        return keptDirectory.communitiesServed(districtCode, period, this::readDirectory);
    }

    /**
     * The whole directory as coverage reads it, as rows (five queries, no entities): the city is 15,000 communities,
     * 30,000 points, 75,000 categories and 30,000 status changes, which the entity manager's report queries turn into
     * rows several times slower than the driver does.
     */
    private List<KeptDirectory.Community> readDirectory() {
        Map<Long, String[]> codes = new HashMap<>();
        Map<Long, LocalDate> firstDays = new HashMap<>();
        Map<Long, java.util.Set<WasteCategory>> categories = new HashMap<>();
        Map<Long, List<StatusHistory.Entry>> histories = new HashMap<>();
        Map<String, List<KeptDirectory.Point>> serving = new HashMap<>();
        List<KeptDirectory.Community> result = new ArrayList<>();
        try (java.sql.Connection c = dataSource.getConnection()) {
            query(c, "select p.id, p.code, p.district_code, p.active_from from points.collection_point p", r -> {
                codes.put(r.getLong(1), new String[] {r.getString(2), r.getString(3)});
                firstDays.put(r.getLong(1), r.getObject(4, LocalDate.class));
            });
            query(c, "select c.point_id, c.category from points.point_category c", r -> categories.computeIfAbsent(r.getLong(1),
                    k -> java.util.EnumSet.noneOf(WasteCategory.class)).add(WasteCategory.valueOf(r.getString(2))));
            query(c, "select s.point_id, s.status, s.effective_from, s.recorded_at from points.point_status_change s",
                    r -> histories.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new StatusHistory.Entry(
                            PointStatus.valueOf(r.getString(2)), r.getObject(3, LocalDate.class), r.getObject(4, java.time.LocalDateTime.class))));
            Map<Long, KeptDirectory.Point> points = new HashMap<>();
            query(c, "select pc.point_id, pc.community_code from points.point_community pc join points.collection_point p "
                    + "on p.id = pc.point_id order by p.code", r -> {
                        long id = r.getLong(1);
                        var p = points.computeIfAbsent(id, k -> new KeptDirectory.Point(codes.get(k)[0], codes.get(k)[1], firstDays.get(k),
                                java.util.Collections.unmodifiableSet(categories.getOrDefault(k, java.util.EnumSet.noneOf(WasteCategory.class))),
                                List.copyOf(histories.getOrDefault(k, List.of()))));
                        serving.computeIfAbsent(r.getString(2), k -> new ArrayList<>()).add(p);
                    });
            query(c, "select c.code, c.name, c.district_code, c.households, c.active_from from points.community c order by c.code",
                    r -> result.add(new KeptDirectory.Community(r.getString(1), r.getString(2), r.getString(3), r.getInt(4),
                            r.getObject(5, LocalDate.class), List.copyOf(serving.getOrDefault(r.getString(1), List.of())))));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("reading the communities served failed", e);
        }
        return result;
    }

    private static void query(java.sql.Connection c, String sql, RowReader reader) throws java.sql.SQLException {
        try (java.sql.PreparedStatement q = c.prepareStatement(sql); java.sql.ResultSet r = q.executeQuery()) {
            while (r.next()) {
                reader.read(r);
            }
        }
    }

    private interface RowReader {
        void read(java.sql.ResultSet r) throws java.sql.SQLException;
    }

    private static void query(java.sql.Connection c, String sql, String districtCode, DateRange period, RowReader reader)
            throws java.sql.SQLException {
        try (java.sql.PreparedStatement q = c.prepareStatement(sql)) {
            q.setObject(1, period.to());
            if (districtCode != null) {
                q.setString(2, districtCode);
            }
            try (java.sql.ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    reader.read(r);
                }
            }
        }
    }


    @Override
    public List<PointLog> pointLogsAfter(long afterLogId, int limit) {
        return em.createQuery("select l.id, l.pointCode, l.districtCode, l.weighedOn, l.category, l.weightKg from TonnageLog l "
                        + "where l.id > :after order by l.id", Object[].class)
                .setParameter("after", afterLogId).setMaxResults(limit)
                .getResultStream().map(r -> new PointLog((Long) r[0], (String) r[1], (String) r[2], (LocalDate) r[3],
                        (WasteCategory) r[4], (java.math.BigDecimal) r[5])).toList();
    }

    @Override
    public List<PointActivity> activity(String districtCode, DateRange period) {
        // plain JDBC, as communitiesServed: a district is 1,600 points, whose categories and communities (eager
        // collections of the entity) the board does not need and the entity manager read point by point
        String inDistrict = districtCode == null ? "" : " and p.district_code = ?";
        Map<Long, String[]> points = new java.util.LinkedHashMap<>();
        Map<Long, List<StatusHistory.Entry>> histories = new HashMap<>();
        try (java.sql.Connection c = dataSource.getConnection()) {
            query(c, "select p.id, p.code, p.name, p.kind, p.district_code from points.collection_point p where p.active_from <= ?"
                    + inDistrict + " order by p.code", districtCode, period,
                    r -> points.put(r.getLong(1), new String[] {r.getString(2), r.getString(3), r.getString(4), r.getString(5)}));
            query(c, "select s.point_id, s.status, s.effective_from, s.recorded_at from points.point_status_change s "
                    + "join points.collection_point p on p.id = s.point_id where p.active_from <= ?" + inDistrict, districtCode, period,
                    r -> histories.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new StatusHistory.Entry(
                            PointStatus.valueOf(r.getString(2)), r.getObject(3, LocalDate.class), r.getObject(4, java.time.LocalDateTime.class))));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("reading the points' activity failed", e);
        }
        List<PointActivity> result = new ArrayList<>(points.size());
        points.forEach((id, p) -> result.add(new PointActivity(p[0], p[1], p[2], p[3],
                StatusHistory.activeDays(histories.getOrDefault(id, List.of()), period))));
        return result;
    }

    private static DistrictSummary summary(District d) {
        return new DistrictSummary(d.code(), d.nameZh(), d.nameEn(), d.kind().name(), d.centralCity());
    }

    @Inject
    net.wastenet.points.domain.DirectoryChanges changes;

    @Override
    public boolean changedSince(java.time.LocalDateTime time) {
        return changes.since(time);
    }
}
