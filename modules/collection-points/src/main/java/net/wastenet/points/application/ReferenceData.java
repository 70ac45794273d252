package net.wastenet.points.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.wastenet.points.application.Views.CommunityView;
import net.wastenet.points.application.Views.DistrictView;
import net.wastenet.points.application.Views.PointView;
import net.wastenet.points.domain.CollectionPoint;
import net.wastenet.points.domain.CollectionPoints;
import net.wastenet.points.domain.Communities;
import net.wastenet.points.domain.Community;
import net.wastenet.points.domain.District;
import net.wastenet.points.domain.DistrictKind;
import net.wastenet.points.domain.Districts;
import net.wastenet.points.domain.Location;
import net.wastenet.points.domain.PointKind;
import net.wastenet.points.domain.PointStatus;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import net.wastenet.shared.WasteCategory;

/** Administrators' use cases: registering districts, communities and points, and changing a point's status. */
@ApplicationScoped
@Transactional
public class ReferenceData {
    @Inject
    net.wastenet.points.domain.DirectoryChanges changes;
    static final Text DISTRICT = Text.of("district", "区（市）县");
    static final Text COMMUNITY = Text.of("community", "小区");
    static final Text POINT = Text.of("collection point", "投放点");
    private static final int MAX_HOUSEHOLDS = 100_000;

    @Inject
    jakarta.enterprise.event.Event<net.wastenet.shared.AuditRecord> audit;
    @Inject
    Districts districts;
    @Inject
    Communities communities;
    @Inject
    CollectionPoints points;
    @Inject
    CityClock clock;

    public DistrictView registerDistrict(NewDistrict cmd, Actor actor) {
        requireAdministrator(actor);
        Problems p = new Problems();
        Codes.checkDistrict(cmd.code(), "code", p);
        Codes.checkText(cmd.nameZh(), 64, "nameZh", p);
        Codes.checkText(cmd.nameEn(), 64, "nameEn", p);
        DistrictKind kind = Parse.enumValue(DistrictKind.class, cmd.kind(), "kind", true, p);
        p.throwIfAny();
        if (districts.find(cmd.code()).isPresent()) {
            throw ConflictException.duplicateCode(DISTRICT, cmd.code());
        }
        District d = new District(cmd.code(), cmd.nameZh().strip(), cmd.nameEn().strip(), kind,
                Boolean.TRUE.equals(cmd.centralCity()), clock.now(), actor.name());
        districts.add(d);
        DistrictView view = Views.of(d);
        audit.fire(AuditRecord.created("district", d.code(), actor, view));
        changes.note("district " + d.code(), clock.now());
        return view;
    }

    public CommunityView registerCommunity(NewCommunity cmd, Actor actor) {
        requireAdministrator(actor);
        Problems p = new Problems();
        Codes.check(cmd.code(), "code", p);
        Codes.checkText(cmd.name(), 128, "name", p);
        Codes.checkDistrict(cmd.districtCode(), "districtCode", p);
        if (cmd.street() != null) {
            Codes.checkText(cmd.street(), 64, "street", p);
        }
        checkCount(cmd.households(), "households", p);
        checkCount(cmd.residents(), "residents", p);
        LocalDate activeFrom = activeFrom(cmd.activeFrom(), p);
        p.throwIfAny();
        requireDistrict(cmd.districtCode());
        if (communities.find(cmd.code()).isPresent()) {
            throw ConflictException.duplicateCode(COMMUNITY, cmd.code());
        }
        Community c = new Community(cmd.code(), cmd.name().strip(), cmd.districtCode(), cmd.street(), cmd.households(),
                cmd.residents(), activeFrom, clock.now(), actor.name());
        communities.add(c);
        CommunityView view = Views.of(c);
        audit.fire(AuditRecord.created("community", c.code(), actor, view));
        changes.note("community " + c.code(), clock.now());
        return view;
    }

    public PointView registerPoint(NewPoint cmd, Actor actor) {
        requireAdministrator(actor);
        Problems p = new Problems();
        Codes.check(cmd.code(), "code", p);
        Codes.checkText(cmd.name(), 128, "name", p);
        PointKind kind = Parse.enumValue(PointKind.class, cmd.kind(), "kind", true, p);
        Codes.checkDistrict(cmd.districtCode(), "districtCode", p);
        Location location = Location.check(cmd.latitude(), cmd.longitude(), p);
        Set<WasteCategory> categories = EnumSet.noneOf(WasteCategory.class);
        if (cmd.acceptedCategories() == null || cmd.acceptedCategories().isEmpty()) {
            p.add("acceptedCategories", "must name at least one category", "至少需要一个类别");
        } else {
            for (int i = 0; i < cmd.acceptedCategories().size(); i++) {
                WasteCategory c = Parse.enumValue(WasteCategory.class, cmd.acceptedCategories().get(i),
                        "acceptedCategories[" + i + "]", true, p);
                if (c != null) {
                    categories.add(c);
                }
            }
        }
        Set<String> served = new LinkedHashSet<>();
        List<String> servedCodes = cmd.servedCommunities() == null ? List.of() : cmd.servedCommunities();
        for (int i = 0; i < servedCodes.size(); i++) {
            if (Codes.check(servedCodes.get(i), "servedCommunities[" + i + "]", p)) {
                served.add(servedCodes.get(i));
            }
        }
        LocalDate activeFrom = activeFrom(cmd.activeFrom(), p);
        p.throwIfAny();
        District district = requireDistrict(cmd.districtCode());
        Set<String> unknown = new HashSet<>(served);
        unknown.removeAll(communities.existing(served));
        if (!unknown.isEmpty()) {
            throw new UnknownCodeException("servedCommunities", COMMUNITY, String.join(", ", unknown));
        }
        if (points.find(cmd.code()).isPresent()) {
            throw ConflictException.duplicateCode(POINT, cmd.code());
        }
        CollectionPoint point = new CollectionPoint(cmd.code(), cmd.name().strip(), kind, district.code(), location,
                categories, served, activeFrom, clock.now(), actor.name());
        points.add(point);
        PointView view = Views.of(point, clock.today());
        audit.fire(AuditRecord.created("point", point.code(), actor, view));
        changes.note("point " + point.code(), clock.now());
        return view;
    }

    public PointView changeStatus(String pointCode, StatusChange cmd, Actor actor) {
        requireAdministrator(actor);
        Problems p = new Problems();
        PointStatus status = Parse.enumValue(PointStatus.class, cmd.status(), "status", true, p);
        LocalDate from = Parse.date(cmd.effectiveFrom(), "effectiveFrom", true, p);
        Codes.checkText(cmd.reason(), 500, "reason", p);
        p.throwIfAny();
        CollectionPoint point = points.find(pointCode)
                .orElseThrow(() -> new UnknownCodeException("code", POINT, pointCode));
        PointView before = Views.of(point, clock.today());
        point.changeStatus(status, from, cmd.reason().strip(), clock.now(), actor.name());
        PointView after = Views.of(point, clock.today());
        audit.fire(AuditRecord.changed("point", point.code(), "STATUS_CHANGE", actor, cmd.reason().strip(), before, after));
        changes.note("point " + point.code() + " status", clock.now());
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DistrictView> districts() {
        return districts.all().stream().map(Views::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DistrictView district(String code) {
        return districts.find(code).map(Views::of).orElseThrow(() -> new UnknownCodeException("code", DISTRICT, code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CommunityView> communities(String districtCode, PageRequest page) {
        return communities.list(districtCode, page).map(Views::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CommunityView community(String code) {
        return communities.find(code).map(Views::of).orElseThrow(() -> new UnknownCodeException("code", COMMUNITY, code));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PointView> points(String districtCode, PageRequest page) {
        LocalDate today = clock.today();
        return points.list(districtCode, page).map(p -> Views.of(p, today));
    }

    /**
     * Every point (of a district, when given) as a compact map layer: one array a point, in the order of
     * {@link Views.PointMap#FIELDS}, with today's status.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Views.PointMap pointMap(String districtCode) {
        if (districtCode != null) {
            Problems p = new Problems();
            Codes.checkDistrict(districtCode, "districtCode", p);
            p.throwIfAny();
        }
        // kept until the directory changes (its journal, asked with a margin for transactions still committing) or the day ends
        String key = (districtCode == null ? "CITY" : districtCode) + " " + clock.today();
        java.time.LocalDateTime now = clock.now();
        KeptMap kept = maps.get(key);
        // at most half an hour: the journal keeps an hour of changes
        if (kept != null && kept.computedAt().isAfter(now.minusMinutes(30)) && !changes.since(kept.computedAt().minusSeconds(MAP_MARGIN_SECONDS))) {
            return kept.map();
        }
        List<List<Object>> rows = points.map(districtCode, clock.today()).stream()
                .map(m -> List.<Object>of(m.code(), m.longitude(), m.latitude(), m.kind().name(), m.status() == null ? "" : m.status().name()))
                .toList();
        Views.PointMap map = new Views.PointMap(Views.PointMap.FIELDS, rows, rows.size());
        if (maps.size() > 64) {
            maps.clear();
        }
        maps.put(key, new KeptMap(map, now));
        return map;
    }

    private static final long MAP_MARGIN_SECONDS = 150;
    private final java.util.Map<String, KeptMap> maps = new java.util.concurrent.ConcurrentHashMap<>();

    private record KeptMap(Views.PointMap map, java.time.LocalDateTime computedAt) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PointView point(String code) {
        return points.find(code).map(p -> Views.of(p, clock.today()))
                .orElseThrow(() -> new UnknownCodeException("code", POINT, code));
    }

    private static void requireAdministrator(Actor actor) {
        actor.requireRole(Role.ADMIN, Text.of("only administrators change reference data", "只有管理员可以修改基础数据"));
    }

    private District requireDistrict(String code) {
        return districts.find(code).orElseThrow(() -> new UnknownCodeException("districtCode", DISTRICT, code));
    }

    private LocalDate activeFrom(String value, Problems p) {
        LocalDate date = Parse.date(value, "activeFrom", false, p);
        if (date == null) {
            return clock.today();
        }
        p.require(!date.isAfter(clock.today().plusYears(1)), "activeFrom", "must not be more than a year ahead",
                "不得晚于一年之后");
        return date;
    }

    private static void checkCount(Integer value, String field, Problems p) {
        if (value == null) {
            p.missing(field);
        } else {
            p.require(value >= 0 && value <= MAX_HOUSEHOLDS * 10, field, "must be 0 to 1000000", "必须在 0 到 1000000 之间");
        }
    }

}
