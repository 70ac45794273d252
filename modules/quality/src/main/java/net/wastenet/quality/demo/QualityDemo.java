package net.wastenet.quality.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import net.wastenet.points.api.CommunityServed;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.quality.application.Commands.Completion;
import net.wastenet.quality.application.Commands.ItemScore;
import net.wastenet.quality.application.Commands.NewInspection;
import net.wastenet.quality.application.Commands.NewItem;
import net.wastenet.quality.application.Commands.NewPlan;
import net.wastenet.quality.application.Commands.NewRubric;
import net.wastenet.quality.application.Commands.RosterEntry;
import net.wastenet.quality.application.Inspecting;
import net.wastenet.quality.application.PhotoDesk;
import net.wastenet.quality.application.PlanDesk;
import net.wastenet.quality.application.RectificationDesk;
import net.wastenet.quality.application.RubricDesk;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.Role;

/**
 * The quality module's part of the Chengdu demo, through its own use cases: the city's rubric (valid from 2026-01-01),
 * Jinjiang's roster (the demo user inspector-jj and two third-party inspectors), last month's double-random plan of
 * Jinjiang drawn by its officer, and its inspections: most pass, one is vetoed (its rectification completed late and
 * closed by a passing re-inspection), one falls below the pass score (its rectification left overdue). Item 8 of issue 18
 * (a month of inspections in every district) is for a later slice.
 */
@ApplicationScoped
public class QualityDemo {
    private static final Logger LOG = Logger.getLogger(QualityDemo.class.getName());
    static final String JINJIANG = "510104";
    static final java.time.format.DateTimeFormatter ISO = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    /** A 1×1 PNG: the demo's photo. */
    static final byte[] PHOTO = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Inject
    RubricDesk rubrics;
    @Inject
    PlanDesk plans;
    @Inject
    Inspecting inspecting;
    @Inject
    PhotoDesk photos;
    @Inject
    RectificationDesk rectifications;
    @Inject
    PointDirectory directory;
    @Inject
    CityClock clock;

    public boolean isLoaded() {
        return !rubrics.all().isEmpty();
    }

    public void load(long seed) {
        long started = System.nanoTime();
        Actor bureau = Actor.system("bureau-demo");
        rubrics.add(new NewRubric("CD-2026", "成都市生活垃圾分类达标小区评分细则（2026 版）", "2026-01-01", BigDecimal.valueOf(80), List.of(
                new NewItem("BINS", "分类收集容器配置齐全、标识规范", BigDecimal.valueOf(20), false),
                new NewItem("KITCHEN-PURITY", "厨余垃圾纯净度（低于 90% 否决）", BigDecimal.valueOf(30), true),
                new NewItem("GUIDANCE", "桶边督导与宣传", BigDecimal.valueOf(20), false),
                new NewItem("RECORDS", "台账与收运记录", BigDecimal.valueOf(15), false),
                new NewItem("MIXED-COLLECTION", "混收混运（否决）", BigDecimal.valueOf(15), true))), bureau);
        YearMonth month = YearMonth.from(clock.today()).minusMonths(1);
        List<String> communities = directory.communitiesServed(JINJIANG, new DateRange(month.atDay(1), month.atEndOfMonth())).stream()
                .map(CommunityServed::code).sorted().toList();
        if (communities.size() < 5) {
            LOG.warning("demo data: Jinjiang has too few communities for the quality demo; only the rubric loaded");
            return;
        }
        plans.enrol("inspector-jj", new RosterEntry(List.of(JINJIANG), communities.get(1), List.of(communities.get(4))), bureau);
        plans.enrol("jj-third-party-01", new RosterEntry(List.of(JINJIANG), null, List.of(communities.get(0))), bureau);
        plans.enrol("jj-third-party-02", new RosterEntry(List.of(JINJIANG), null, List.of()), bureau);
        Actor officer = new Actor("officer-jj", EnumSet.of(Role.DISTRICT_OFFICER), Set.of(), Set.of(JINJIANG), Set.of(), Set.of());
        var plan = plans.draw(new NewPlan(JINJIANG, month.toString(), Math.min(6, communities.size()), seed), officer).plan();
        // the first inspection's photo, uploaded by its inspector
        var photo = photos.upload(PHOTO, "image/png", inspector(plan.assignments().get(0).inspector())).photo();
        Random random = new Random(seed);
        for (int k = 0; k < plan.assignments().size(); k++) {
            var a = plan.assignments().get(k);
            var at = month.atDay(3 + 3 * k).atTime(9 + k % 3, 30).atOffset(ZoneOffset.ofHours(8));
            boolean mine = k == 0;
            List<ItemScore> scores = k == 3
                    ? scores(14, 22, 12, 10, 15)
                    : scores(17 + random.nextInt(4), 26 + random.nextInt(5), 15 + random.nextInt(6), 12 + random.nextInt(4), 15);
            List<String> vetoes = k == 1 ? List.of("KITCHEN-PURITY") : List.of();
            String comment = k == 1 ? "厨余桶内混有塑料袋，纯净度约 85%" : k == 3 ? "督导员不在岗，台账缺失" : "桶边整洁，厨余纯净";
            var inspection = inspecting.record(new NewInspection(a.communityCode(), at.format(ISO), scores, vetoes, comment,
                    mine ? List.of(photo.id()) : List.of(), new BigDecimal("30.6571"), new BigDecimal("104.0817"), "demo-" + month + "-" + k),
                    inspector(a.inspector())).inspection();
            if (k == 1) {
                rectifications.complete(inspection.rectificationId(), new Completion("已增设督导员，厨余桶破袋投放", List.of()), officer);
                inspecting.record(new NewInspection(a.communityCode(), at.plusDays(10).format(ISO),
                        scores(18, 28, 17, 13, 15), List.of(), "复查：整改到位", List.of(), null, null, "demo-" + month + "-" + k + "-again"),
                        inspector(a.inspector()));
            }
        }
        LOG.info(String.format("demo data: rubric, Jinjiang's plan and %d inspections in %.1f s", plan.assignments().size() + 1,
                (System.nanoTime() - started) / 1e9));
    }

    private static Actor inspector(String name) {
        return new Actor(name, EnumSet.of(Role.INSPECTOR), Set.of(), Set.of(JINJIANG), Set.of(), Set.of());
    }

    private static List<ItemScore> scores(int bins, int purity, int guidance, int records, int mixed) {
        return List.of(new ItemScore("BINS", BigDecimal.valueOf(bins)), new ItemScore("KITCHEN-PURITY", BigDecimal.valueOf(purity)),
                new ItemScore("GUIDANCE", BigDecimal.valueOf(guidance)), new ItemScore("RECORDS", BigDecimal.valueOf(records)),
                new ItemScore("MIXED-COLLECTION", BigDecimal.valueOf(mixed)));
    }
}
