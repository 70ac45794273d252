package net.wastenet.quality.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.wastenet.points.api.CommunityServed;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.quality.application.Commands.NewPlan;
import net.wastenet.quality.application.Commands.RosterEntry;
import net.wastenet.quality.application.Views.InspectorView;
import net.wastenet.quality.application.Views.PlanView;
import net.wastenet.quality.domain.DoubleRandomDraw;
import net.wastenet.quality.domain.InspectionPlan;
import net.wastenet.quality.domain.Inspector;
import net.wastenet.quality.domain.QualityBook;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;

/**
 * The roster of inspectors (检查人员名录库) and the monthly double-random plans drawn from it
 * ({@link DoubleRandomDraw}): drawn by the bureau or the district's officer, drawn again until a planned inspection is
 * recorded, read by the district's readers and inspectors.
 */
@ApplicationScoped
@Transactional
public class PlanDesk {
    static final Text DISTRICT = Text.of("district", "区（市）县");
    static final Text PLAN = Text.of("inspection plan", "检查计划");
    static final Text INSPECTOR = Text.of("inspector", "检查人员");
    private static final SecureRandom SEEDS = new SecureRandom();

    @Inject
    QualityBook book;
    @Inject
    PointDirectory directory;
    @Inject
    CityClock clock;
    @Inject
    Event<AuditRecord> audit;

    /** A plan and whether this call drew it first (false: drawn again). */
    public record Drawn(PlanView plan, boolean created) {
    }

    public Drawn draw(NewPlan cmd, Actor actor) {
        Problems p = new Problems();
        Codes.checkDistrict(cmd.districtCode(), "districtCode", p);
        YearMonth period = month(cmd.period(), p);
        if (cmd.communities() == null) {
            p.missing("communities");
        } else {
            p.require(cmd.communities() >= 1 && cmd.communities() <= PageRequest.MAX_SIZE, "communities", "must be 1 to 1000",
                    "必须在 1 到 1000 之间");
        }
        if (cmd.seed() != null) {
            p.require(cmd.seed() >= 0 && cmd.seed() <= DoubleRandomDraw.MAX_SEED, "seed", "must be 0 to " + DoubleRandomDraw.MAX_SEED,
                    "必须在 0 到 " + DoubleRandomDraw.MAX_SEED + " 之间");
        }
        p.throwIfAny();
        if (!actor.has(Role.BUREAU) && !(actor.has(Role.DISTRICT_OFFICER) && actor.districts().contains(cmd.districtCode()))) {
            throw new NotYoursException("districtCode", Text.of("plans are drawn by the bureau and the district's officer",
                    "检查计划由市局和本区（市）县管理人员抽取"));
        }
        directory.district(cmd.districtCode()).orElseThrow(() -> new UnknownCodeException("districtCode", DISTRICT, cmd.districtCode()));
        long seed = cmd.seed() != null ? cmd.seed() : SEEDS.nextLong() & DoubleRandomDraw.MAX_SEED;
        List<String> communities = directory.communitiesServed(cmd.districtCode(), new DateRange(period.atDay(1), period.atEndOfMonth()))
                .stream().map(CommunityServed::code).toList();
        List<DoubleRandomDraw.Candidate> roster = book.inspectors(cmd.districtCode()).stream().map(Inspector::candidate).toList();
        var existing = book.plan(cmd.districtCode(), period.toString());
        if (existing.isPresent()) {
            InspectionPlan plan = existing.get();
            PlanView before = Views.of(plan, book.started(plan.id()));
            plan.redraw(seed, communities, cmd.communities(), roster, before.started(), clock.now(), actor.name());
            PlanView after = Views.of(plan, false);
            audit.fire(AuditRecord.changed("inspection-plan", plan.id(), "REDRAW", actor, null, before, after));
            return new Drawn(after, false);
        }
        InspectionPlan plan = InspectionPlan.draw(cmd.districtCode(), period, seed, communities, cmd.communities(), roster, clock.now(),
                actor.name());
        book.add(plan);
        PlanView view = Views.of(plan, false);
        audit.fire(AuditRecord.created("inspection-plan", plan.id(), actor, view));
        return new Drawn(view, true);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PlanView> plans(String districtCode, String period, PageRequest page, Actor actor) {
        Problems p = new Problems();
        YearMonth month = period == null ? null : month(period, p);
        p.throwIfAny();
        Set<String> districts = readable(districtCode, actor);
        return book.plans(districts, month == null ? null : month.toString(), page).map(plan -> Views.of(plan, book.started(plan.id())));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanView plan(long id, Actor actor) {
        InspectionPlan plan = book.plan(id).orElseThrow(() -> new UnknownCodeException("id", PLAN, String.valueOf(id)));
        actor.requireReadQualityOf(plan.districtCode(), "id");
        return Views.of(plan, book.started(plan.id()));
    }

    /** Puts an inspector on the roster, or changes what it says of them (the bureau). */
    public InspectorView enrol(String username, RosterEntry cmd, Actor actor) {
        if (!actor.has(Role.BUREAU)) {
            throw new NotYoursException(null, Text.of("the roster of inspectors is kept by the bureau", "检查人员名录库由市局维护"));
        }
        Problems p = new Problems();
        Codes.checkText(username, 64, "username", p);
        List<String> districts = cmd.districtCodes() == null ? List.of() : cmd.districtCodes();
        if (districts.isEmpty()) {
            p.add("districtCodes", "must name at least one district", "至少需要一个区（市）县");
        }
        for (int i = 0; i < districts.size(); i++) {
            Codes.checkDistrict(districts.get(i), "districtCodes[" + i + "]", p);
        }
        if (cmd.homeCommunityCode() != null) {
            Codes.check(cmd.homeCommunityCode(), "homeCommunityCode", p);
        }
        List<String> served = cmd.servedCommunityCodes() == null ? List.of() : cmd.servedCommunityCodes();
        p.require(served.size() <= 200, "servedCommunityCodes", "must list at most 200 communities", "最多 200 个小区");
        for (int i = 0; i < served.size() && i < 200; i++) {
            Codes.check(served.get(i), "servedCommunityCodes[" + i + "]", p);
        }
        p.throwIfAny();
        for (int i = 0; i < districts.size(); i++) {
            String d = districts.get(i);
            directory.district(d).orElseThrow(() -> new UnknownCodeException("districtCodes", DISTRICT, d));
        }
        if (cmd.homeCommunityCode() != null) {
            directory.community(cmd.homeCommunityCode())
                    .orElseThrow(() -> new UnknownCodeException("homeCommunityCode", InspectionKind.COMMUNITY, cmd.homeCommunityCode()));
        }
        for (String c : served) {
            directory.community(c).orElseThrow(() -> new UnknownCodeException("servedCommunityCodes", InspectionKind.COMMUNITY, c));
        }
        Inspector inspector = book.inspector(username).orElse(null);
        InspectorView before = inspector == null ? null : Views.of(inspector);
        if (inspector == null) {
            inspector = new Inspector(username);
            inspector.describe(new LinkedHashSet<>(districts), cmd.homeCommunityCode(), new LinkedHashSet<>(served), clock.now(), actor.name());
            book.add(inspector);
        } else {
            inspector.describe(new LinkedHashSet<>(districts), cmd.homeCommunityCode(), new LinkedHashSet<>(served), clock.now(), actor.name());
        }
        InspectorView after = Views.of(inspector);
        audit.fire(AuditRecord.changed("inspector", username, before == null ? "CREATE" : "ROSTER_CHANGE", actor, null, before, after));
        return after;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InspectorView> roster(String districtCode, Actor actor) {
        if (districtCode != null) {
            Problems p = new Problems();
            Codes.checkDistrict(districtCode, "districtCode", p);
            p.throwIfAny();
        }
        Set<String> districts = readable(districtCode, actor);
        if (districts == null) {
            return book.inspectors(null).stream().map(Views::of).toList();
        }
        Set<String> seen = new LinkedHashSet<>();
        return districts.stream().flatMap(d -> book.inspectors(d).stream()).filter(i -> seen.add(i.username())).map(Views::of).toList();
    }

    /** The districts a list may show: the one asked for (if the actor reads its quality), all (null), or the actor's own. */
    static Set<String> readable(String districtCode, Actor actor) {
        if (districtCode != null) {
            actor.requireReadQualityOf(districtCode, "districtCode");
            return Set.of(districtCode);
        }
        if (actor.readsEverything()) {
            return null;
        }
        if (actor.has(Role.DISTRICT_OFFICER) || actor.has(Role.INSPECTOR)) {
            return actor.districts();
        }
        throw new NotYoursException("districtCode", Text.of("the quality of sorting is read by the bureau, district officers and inspectors",
                "分类质量信息仅供市局、区（市）县管理人员和检查人员查看"));
    }

    static YearMonth month(String period, Problems p) {
        if (period == null || period.isBlank()) {
            p.missing("period");
            return null;
        }
        try {
            if (period.matches("[0-9]{4}-[0-9]{2}")) {
                YearMonth m = YearMonth.parse(period);
                if (p.require(m.getYear() >= 2000 && m.getYear() <= 2999, "period", "must be in the years 2000 to 2999", "年份必须在 2000 到 2999 之间")) {
                    return m;
                }
                return null;
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        p.add("period", "must be a month such as 2026-11", "必须是月份，例如 2026-11");
        return null;
    }
}
