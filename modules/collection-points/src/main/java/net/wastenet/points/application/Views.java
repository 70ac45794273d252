package net.wastenet.points.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import net.wastenet.points.domain.CollectionPoint;
import net.wastenet.points.domain.Community;
import net.wastenet.points.domain.District;
import net.wastenet.points.domain.PointStatus;
import net.wastenet.points.domain.TonnageLog;
import net.wastenet.points.domain.TonnageRevision;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Material;
import net.wastenet.shared.WasteCategory;

/** What the module answers: records built from its entities, never the entities themselves. */
public final class Views {
    /** What a point usually weighs in a category (see UsualWeight): the station page's second look. */
    public record UsualWeightView(int days, int weighings, java.math.BigDecimal medianKg, java.math.BigDecimal largestKg,
                                  java.math.BigDecimal askAboveKg) {
    }

    /** The points as a map layer: the field names once, then one array a point. */
    public record PointMap(List<String> fields, List<List<Object>> rows, long total) {
        public static final List<String> FIELDS = List.of("code", "longitude", "latitude", "kind", "status");
    }

    private Views() {
    }

    public record DistrictView(String code, String nameZh, String nameEn, String kind, boolean centralCity) {
    }

    public record CommunityView(String code, String name, String districtCode, String street, int households,
                                int residents, LocalDate activeFrom) {
    }

    public record StatusView(String status, LocalDate effectiveFrom, String reason, OffsetDateTime recordedAt,
                             String recordedBy) {
    }

    public record PointView(String code, String name, String kind, String districtCode, BigDecimal latitude,
                            BigDecimal longitude, Set<WasteCategory> acceptedCategories, List<String> servedCommunities,
                            LocalDate activeFrom, String status, List<StatusView> statusHistory) {
    }

    public record RevisionView(int revision, WasteCategory category, Material material, BigDecimal weightKg,
                               String reason, OffsetDateTime recordedAt, String recordedBy) {
    }

    /** A tonnage record: its current revision, and in the single-record answer every revision. */
    public record TonnageLogView(long id, int revision, String pointCode, String districtCode, WasteCategory category,
                                 Material material, BigDecimal weightKg, OffsetDateTime weighedAt, String clientKey,
                                 OffsetDateTime createdAt, String createdBy, List<RevisionView> revisions) {
    }

    public static DistrictView of(District d) {
        return new DistrictView(d.code(), d.nameZh(), d.nameEn(), d.kind().name(), d.centralCity());
    }

    public static CommunityView of(Community c) {
        return new CommunityView(c.code(), c.name(), c.districtCode(), c.street(), c.households(), c.residents(),
                c.activeFrom());
    }

    public static PointView of(CollectionPoint p, LocalDate today) {
        PointStatus status = p.statusOn(today);
        return new PointView(p.code(), p.name(), p.kind().name(), p.districtCode(), p.location().latitude(),
                p.location().longitude(), p.acceptedCategories(), p.servedCommunities().stream().sorted().toList(),
                p.activeFrom(), status == null ? "NOT_YET_ACTIVE" : status.name(),
                p.statusHistory().stream().map(s -> new StatusView(s.status().name(), s.effectiveFrom(), s.reason(),
                        CityClock.toOffset(s.recordedAt()), s.recordedBy())).toList());
    }

    public static TonnageLogView of(TonnageLog l, boolean withRevisions) {
        var e = l.current();
        List<RevisionView> revisions = withRevisions ? l.revisions().stream().map(Views::of).toList() : null;
        return new TonnageLogView(l.id(), l.revision(), l.pointCode(), l.districtCode(), e.category(), e.material(),
                e.weight().kilograms(), CityClock.toOffset(l.weighedAt()), l.clientKey(),
                CityClock.toOffset(l.createdAt()), l.createdBy(), revisions);
    }

    private static RevisionView of(TonnageRevision r) {
        var e = r.entry();
        return new RevisionView(r.revision(), e.category(), e.material(), e.weight().kilograms(), r.reason(),
                CityClock.toOffset(r.recordedAt()), r.recordedBy());
    }
}
