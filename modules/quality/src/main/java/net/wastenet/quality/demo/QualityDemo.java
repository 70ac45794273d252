package net.wastenet.quality.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import net.wastenet.points.api.CommunityServed;
import net.wastenet.points.api.DistrictSummary;
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
import net.wastenet.quality.domain.DoubleRandomDraw;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.Role;

/**
 * The quality module's part of the Chengdu demo, through its own use cases (issue 18, item 8): the city's rubric (valid
 * from 2026-01-01) and last month's double-random inspections in every district, the same for the same seed.
 *
 * <p>Jinjiang first, as the contract's examples name its records (the plan, its first photo, inspection and
 * rectification): its roster (the demo user inspector-jj and two third-party inspectors), its plan drawn by its officer,
 * and its inspections: most pass, one is vetoed (its rectification completed late and closed by a passing
 * re-inspection), one falls below the pass score (its rectification left overdue).
 *
 * <p>Then every other district, each from a random of its own (the seed and the district's code, so one district's draw
 * does not move another's): two third-party inspectors on the roster (one serving the district's first community, which
 * the draw never sends them to), a plan of about two communities in five (at least three) drawn by the district's
 * officer, and one inspection of each drawn community: about three in four pass, the others are vetoed (kitchen-waste
 * purity, or mixed collection by the hauler) or fall below the pass score. A failed community's rectification is mostly
 * completed by the officer and closed by a passing re-inspection; about one in three is left overdue.
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
        int inspections = jinjiang(month, seed, bureau);
        int districts = inspections > 0 ? 1 : 0;
        for (DistrictSummary d : directory.districts().stream().sorted(Comparator.comparing(DistrictSummary::code)).toList()) {
            if (!d.code().equals(JINJIANG)) {
                int made = district(d.code(), month, seed, bureau);
                inspections += made;
                districts += made > 0 ? 1 : 0;
            }
        }
        LOG.info(String.format("demo data: rubric, %d districts' plans of %s and %d inspections in %.1f s", districts, month, inspections,
                (System.nanoTime() - started) / 1e9));
    }

    /** Jinjiang's roster, plan and inspections, as the contract's examples name them; how many inspections (0: none). */
    private int jinjiang(YearMonth month, long seed, Actor bureau) {
        List<String> communities = directory.communitiesServed(JINJIANG, new DateRange(month.atDay(1), month.atEndOfMonth())).stream()
                .map(CommunityServed::code).sorted().toList();
        if (communities.size() < 5) {
            LOG.warning("demo data: Jinjiang has too few communities for the quality demo");
            return 0;
        }
        plans.enrol("inspector-jj", new RosterEntry(List.of(JINJIANG), communities.get(1), List.of(communities.get(4))), bureau);
        plans.enrol("jj-third-party-01", new RosterEntry(List.of(JINJIANG), null, List.of(communities.get(0))), bureau);
        plans.enrol("jj-third-party-02", new RosterEntry(List.of(JINJIANG), null, List.of()), bureau);
        Actor officer = new Actor("officer-jj", EnumSet.of(Role.DISTRICT_OFFICER), Set.of(), Set.of(JINJIANG), Set.of(), Set.of());
        var plan = plans.draw(new NewPlan(JINJIANG, month.toString(), Math.min(6, communities.size()), seed), officer).plan();
        // the first inspection's photo, uploaded by its inspector
        var photo = photos.upload(PHOTO, "image/png", inspector(plan.assignments().get(0).inspector(), JINJIANG)).photo();
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
                    inspector(a.inspector(), JINJIANG)).inspection();
            if (k == 1) {
                rectifications.complete(inspection.rectificationId(), new Completion("已增设督导员，厨余桶破袋投放", List.of()), officer);
                inspecting.record(new NewInspection(a.communityCode(), at.plusDays(10).format(ISO),
                        scores(18, 28, 17, 13, 15), List.of(), "复查：整改到位", List.of(), null, null, "demo-" + month + "-" + k + "-again"),
                        inspector(a.inspector(), JINJIANG));
            }
        }
        return plan.assignments().size() + 1;
    }

    /**
     * A district other than Jinjiang: its third-party inspectors, its plan of last month, an inspection of each drawn
     * community, the failed ones' rectifications; how many inspections (0: too few communities, nothing drawn).
     */
    private int district(String code, YearMonth month, long seed, Actor bureau) {
        List<String> communities = directory.communitiesServed(code, new DateRange(month.atDay(1), month.atEndOfMonth())).stream()
                .map(CommunityServed::code).sorted().toList();
        if (communities.size() < 3) {
            LOG.warning("demo data: district " + code + " has too few communities for the quality demo");
            return 0;
        }
        Random random = new Random(seed * 1_000_003L + Long.parseLong(code));
        String first = "tp-" + code + "-01";
        String second = "tp-" + code + "-02";
        plans.enrol(first, new RosterEntry(List.of(code), null, List.of(communities.get(0))), bureau);
        plans.enrol(second, new RosterEntry(List.of(code), null, List.of()), bureau);
        Actor officer = new Actor("officer-" + code, EnumSet.of(Role.DISTRICT_OFFICER), Set.of(), Set.of(code), Set.of(), Set.of());
        int n = Math.max(3, communities.size() * 2 / 5);
        var plan = plans.draw(new NewPlan(code, month.toString(), n, random.nextLong() & DoubleRandomDraw.MAX_SEED), officer).plan();
        int made = 0;
        int size = plan.assignments().size();
        for (int k = 0; k < size; k++) {
            var a = plan.assignments().get(k);
            // spread over the 2nd to the 21st; a re-inspection 5 to 8 days later, within the month (never in the future)
            int day = 2 + k * 18 / size + random.nextInt(3);
            var at = month.atDay(day).atTime(9 + random.nextInt(8), 15 * random.nextInt(4)).atOffset(ZoneOffset.ofHours(8));
            int roll = random.nextInt(100);
            List<ItemScore> scores;
            List<String> vetoes = List.of();
            String comment;
            if (roll < 8) {
                scores = scores(17 + random.nextInt(4), 18 + random.nextInt(6), 15 + random.nextInt(5), 12 + random.nextInt(4), 15);
                vetoes = List.of("KITCHEN-PURITY");
                comment = "厨余桶内混有塑料袋、餐盒，纯净度不足 90%";
            } else if (roll < 12) {
                scores = scores(16 + random.nextInt(5), 24 + random.nextInt(5), 14 + random.nextInt(5), 11 + random.nextInt(4), 5);
                vetoes = List.of("MIXED-COLLECTION");
                comment = "收运车辆混收混运";
            } else if (roll < 25) {
                scores = scores(12 + random.nextInt(5), 20 + random.nextInt(5), 8 + random.nextInt(6), 6 + random.nextInt(5), 15);
                comment = "标识破损，桶边无人督导，台账不全";
            } else {
                scores = scores(17 + random.nextInt(4), 26 + random.nextInt(5), 15 + random.nextInt(6), 12 + random.nextInt(4), 15);
                comment = "桶边整洁，分类准确";
            }
            Actor inspector = inspector(a.inspector(), code);
            String key = "demo-" + month + "-" + code + "-" + k;
            var inspection = inspecting.record(new NewInspection(a.communityCode(), at.format(ISO), scores, vetoes, comment, List.of(), null,
                    null, key), inspector).inspection();
            made++;
            if (inspection.rectificationId() != null && !inspection.passed() && random.nextInt(3) != 0) {
                rectifications.complete(inspection.rectificationId(), new Completion("已整改：更换标识，增派桶边督导，补齐台账", List.of()),
                        officer);
                var again = at.withDayOfMonth(Math.min(day + 5 + random.nextInt(4), month.lengthOfMonth()));
                inspecting.record(new NewInspection(a.communityCode(), again.format(ISO),
                        scores(18, 27 + random.nextInt(4), 16 + random.nextInt(5), 13, 15), List.of(), "复查：整改到位", List.of(), null, null,
                        key + "-again"), inspector);
                made++;
            }
        }
        return made;
    }

    private static Actor inspector(String name, String district) {
        return new Actor(name, EnumSet.of(Role.INSPECTOR), Set.of(), Set.of(district), Set.of(), Set.of());
    }

    private static List<ItemScore> scores(int bins, int purity, int guidance, int records, int mixed) {
        return List.of(new ItemScore("BINS", BigDecimal.valueOf(bins)), new ItemScore("KITCHEN-PURITY", BigDecimal.valueOf(purity)),
                new ItemScore("GUIDANCE", BigDecimal.valueOf(guidance)), new ItemScore("RECORDS", BigDecimal.valueOf(records)),
                new ItemScore("MIXED-COLLECTION", BigDecimal.valueOf(mixed)));
    }
}
