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
    public boolean isActiveOn(String pointCode, LocalDate day) {
        return points.find(pointCode).map(p -> p.isActiveOn(day)).orElse(false);
    }

    @Override
    public boolean canReceive(String pointCode, WasteCategory category, LocalDate day) {
        Optional<CollectionPoint> point = points.find(pointCode);
        return point.isPresent() && point.get().isActiveOn(day) && point.get().accepts(category);
    }

    /**
     * Every community in service by the period's end with the points serving it, read as rows (four
     * queries, no entities): the coverage of a whole city covers 15,000 communities and 30,000 points.
     */
    @Override
    public List<CommunityServed> communitiesServed(String districtCode, DateRange period) {
        String inDistrict = districtCode == null ? "" : " and p.districtCode = :d";
        Map<Long, String> codes = new HashMap<>();
        for (Object[] r : rows("select p.id, p.code from CollectionPoint p where p.activeFrom <= :to" + inDistrict, districtCode, period)) {
            codes.put((Long) r[0], (String) r[1]);
        }
        Map<Long, java.util.Set<WasteCategory>> categories = new HashMap<>();
        for (Object[] r : rows("select p.id, c from CollectionPoint p join p.acceptedCategories c where p.activeFrom <= :to" + inDistrict,
                districtCode, period)) {
            categories.computeIfAbsent((Long) r[0], k -> java.util.EnumSet.noneOf(WasteCategory.class)).add((WasteCategory) r[1]);
        }
        Map<Long, List<StatusHistory.Entry>> histories = new HashMap<>();
        for (Object[] r : rows("select p.id, s.status, s.effectiveFrom, s.recordedAt from PointStatusChange s join s.point p "
                + "where p.activeFrom <= :to" + inDistrict, districtCode, period)) {
            histories.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new StatusHistory.Entry((PointStatus) r[1], (LocalDate) r[2], (java.time.LocalDateTime) r[3]));
        }
        Map<String, List<CommunityServed.ServingPoint>> serving = new HashMap<>();
        Map<Long, CommunityServed.ServingPoint> servingPoints = new HashMap<>();
        for (Object[] r : rows("select p.id, s from CollectionPoint p join p.servedCommunities s where p.activeFrom <= :to" + inDistrict
                + " order by p.code", districtCode, period)) {
            long id = (Long) r[0];
            var sp = servingPoints.computeIfAbsent(id, k -> new CommunityServed.ServingPoint(codes.get(k),
                    categories.getOrDefault(k, java.util.EnumSet.noneOf(WasteCategory.class)),
                    StatusHistory.activeDuring(histories.getOrDefault(k, List.of()), period)));
            serving.computeIfAbsent((String) r[1], k -> new ArrayList<>()).add(sp);
        }
        String communityInDistrict = districtCode == null ? "" : " and c.districtCode = :d";
        return rows("select c.code, c.name, c.districtCode, c.households, c.activeFrom from Community c where c.activeFrom <= :to"
                + communityInDistrict + " order by c.code", districtCode, period).stream()
                .map(r -> new CommunityServed((String) r[0], (String) r[1], (String) r[2], (Integer) r[3], (LocalDate) r[4],
                        serving.getOrDefault((String) r[0], List.of()))).toList();
    }

    private List<Object[]> rows(String jpql, String districtCode, DateRange period) {
        var q = em.createQuery(jpql, Object[].class).setParameter("to", period.to());
        if (districtCode != null) {
            q.setParameter("d", districtCode);
        }
        return q.getResultList();
    }

    @Override
    public List<PointLog> pointLogs(DateRange period) {
        return em.createQuery("select l.id, l.pointCode, l.districtCode, l.weighedOn, l.category, l.weightKg from TonnageLog l "
                        + "where l.weighedOn between :from and :to", Object[].class)
                .setParameter("from", period.from()).setParameter("to", period.to())
                .getResultStream().map(r -> new PointLog((Long) r[0], (String) r[1], (String) r[2], (LocalDate) r[3],
                        (WasteCategory) r[4], (java.math.BigDecimal) r[5])).toList();
    }

    @Override
    public List<PointActivity> activity(String districtCode, DateRange period) {
        var pq = em.createQuery("select p from CollectionPoint p where p.activeFrom <= :to"
                        + (districtCode == null ? "" : " and p.districtCode = :d") + " order by p.code", CollectionPoint.class)
                .setParameter("to", period.to())
                .setHint("eclipselink.batch", "p.statusHistory").setHint("eclipselink.batch.type", "IN");
        if (districtCode != null) {
            pq.setParameter("d", districtCode);
        }
        List<PointActivity> result = new ArrayList<>();
        for (CollectionPoint p : pq.getResultList()) {
            List<LocalDate> days = new ArrayList<>();
            for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
                if (p.isActiveOn(d)) {
                    days.add(d);
                }
            }
            result.add(new PointActivity(p.code(), p.name(), p.kind().name(), p.districtCode(), days));
        }
        return result;
    }

    private static DistrictSummary summary(District d) {
        return new DistrictSummary(d.code(), d.nameZh(), d.nameEn(), d.kind().name(), d.centralCity());
    }
}
