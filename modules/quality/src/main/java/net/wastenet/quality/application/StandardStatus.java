package net.wastenet.quality.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.wastenet.points.api.CommunityServed;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.quality.api.CommunityStandard;
import net.wastenet.quality.api.StandardCommunities;
import net.wastenet.quality.application.Views.StandardView;
import net.wastenet.quality.domain.Contamination;
import net.wastenet.quality.domain.Inspection;
import net.wastenet.quality.domain.QualityBook;
import net.wastenet.quality.domain.Rectification;
import net.wastenet.quality.domain.Rubric;
import net.wastenet.quality.domain.StandardRule;
import net.wastenet.shared.Actor;
import net.wastenet.shared.Codes;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Page;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;

/**
 * Each community's 达标 status in a period ({@link StandardRule}): for the API (GET /communities/standard) and, through
 * the module's api, for the indicator answer.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StandardStatus implements StandardCommunities {
    public static final String CITY = "CITY";

    @Inject
    QualityBook book;
    @Inject
    PointDirectory directory;

    @Override
    public List<CommunityStandard> verdicts(String districtCode, DateRange period) {
        String rule = Rubric.validOn(book.rubrics(), period.to()).map(Rubric::standardRule)
                .orElse(Rubric.LATEST_INSPECTION_NO_OVERDUE_RECTIFICATION);
        if (!Rubric.LATEST_INSPECTION_NO_OVERDUE_RECTIFICATION.equals(rule)) {
            throw new IllegalStateException("no 达标 rule named " + rule);
        }
        Map<String, List<StandardRule.Seen>> seen = new HashMap<>();
        for (Inspection i : book.inspectionsIn(districtCode, period.from(), period.to())) {
            seen.computeIfAbsent(i.communityCode(), k -> new ArrayList<>())
                    .add(new StandardRule.Seen(i.id(), i.inspectedAt(), i.totalScore(), i.passed(), !i.vetoes().isEmpty()));
        }
        Map<String, Boolean> overdue = new HashMap<>();
        for (Rectification r : book.rectificationsOpenedBy(districtCode, period.to())) {
            if (r.isOverdueOn(period.to())) {
                overdue.put(r.communityCode(), true);
            }
        }
        List<CommunityStandard> verdicts = new ArrayList<>();
        for (CommunityServed c : directory.communitiesServed(districtCode, period)) {
            StandardRule.Verdict v = StandardRule.judge(seen.getOrDefault(c.code(), List.of()), overdue.getOrDefault(c.code(), false));
            verdicts.add(new CommunityStandard(c.code(), c.districtCode(), v.standard(), v.inspections(), v.lastScore(), v.reason().name()));
        }
        return verdicts;
    }

    /** The verdicts of a scope (CITY or a district) for the API, to the bureau, the district's readers and its inspectors. */
    public Page<StandardView> of(String scope, DateRange period, Actor actor) {
        Problems p = new Problems();
        if (scope == null || !CITY.equals(scope)) {
            Codes.checkDistrict(scope, "scope", p);
        }
        p.throwIfAny();
        String district = CITY.equals(scope) ? null : scope;
        if (district == null) {
            if (!actor.readsEverything()) {
                throw new NotYoursException("scope", Text.of("the city's figures are the bureau's", "全市数据仅供市局查看"));
            }
        } else {
            actor.requireReadQualityOf(district, "scope");
            directory.district(district).orElseThrow(() -> new UnknownCodeException("scope", PlanDesk.DISTRICT, district));
        }
        Map<String, List<Contamination>> byPoint = new HashMap<>();
        book.contaminationIn(district, period.from(), period.to()).forEach(c -> byPoint.computeIfAbsent(c.pointCode(),
                k -> new ArrayList<>()).add(c));
        Map<String, List<Contamination>> byCommunity = new HashMap<>();
        for (CommunityServed c : directory.communitiesServed(district, period)) {
            List<Contamination> found = new ArrayList<>();
            c.servingPoints().forEach(sp -> found.addAll(byPoint.getOrDefault(sp.code(), List.of())));
            byCommunity.put(c.code(), found);
        }
        List<StandardView> items = verdicts(district, period).stream().map(v -> {
            List<Contamination> found = byCommunity.getOrDefault(v.communityCode(), List.of());
            int refusals = 0;
            int repeated = 0;
            int rejections = 0;
            java.math.BigDecimal rejectedKg = java.math.BigDecimal.ZERO;
            for (Contamination c : found) {
                if (c.kind() == Contamination.Kind.REFUSAL) {
                    refusals++;
                    repeated += c.repeated() ? 1 : 0;
                } else {
                    rejections++;
                    rejectedKg = rejectedKg.add(c.weightKg());
                }
            }
            return new StandardView(v.communityCode(), v.standard(), v.inspections(), v.lastScore(), v.reason(), refusals, repeated,
                    rejections, rejectedKg.setScale(3, java.math.RoundingMode.HALF_UP));
        }).toList();
        return new Page<>(items, items.size());
    }

    /**
     * The contamination found at the points serving a community in a period (refusals at pickup, rejections at the plant),
     * in day order: the drill-down of a community's quality record, to its district's readers and the bureau.
     */
    public Page<Views.ContaminationView> contamination(String communityCode, DateRange period, Actor actor) {
        Problems p = new Problems();
        Codes.check(communityCode, "code", p);
        p.throwIfAny();
        var community = directory.community(communityCode)
                .orElseThrow(() -> new UnknownCodeException("code", InspectionKind.COMMUNITY, communityCode));
        actor.requireReadQualityOf(community.districtCode(), "code");
        java.util.Set<String> points = new java.util.HashSet<>();
        directory.communitiesServed(community.districtCode(), period).stream().filter(c -> c.code().equals(communityCode))
                .forEach(c -> c.servingPoints().forEach(sp -> points.add(sp.code())));
        List<Views.ContaminationView> items = book.contaminationAt(points, period.from(), period.to()).stream().map(Views::of).toList();
        return new Page<>(items, items.size());
    }
}
