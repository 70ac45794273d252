package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.wastenet.points.api.CommunityServed;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.quality.api.CommunityStandard;
import net.wastenet.quality.api.StandardCommunities;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.reporting.domain.CarbonAccount;
import net.wastenet.reporting.domain.Components;
import net.wastenet.reporting.domain.Coverage;
import net.wastenet.reporting.domain.DefinitionSet;
import net.wastenet.reporting.domain.DistrictShares;
import net.wastenet.reporting.domain.FlowSum;
import net.wastenet.reporting.domain.Rates;
import net.wastenet.reporting.domain.ReadModel;
import net.wastenet.shared.Actor;
import net.wastenet.shared.Codes;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;

/**
 * Computes the indicators for the city or a district and any period from the read model (never the
 * raw logs) and the definition set in effect on the period's last day.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class IndicatorEngine {
    public static final String CITY = "CITY";

    @Inject
    StandardCommunities standards;
    @Inject
    ReadModel model;
    @Inject
    PointDirectory points;
    @Inject
    Signatures signatures;
    @Inject
    ReadModelRebuild rebuild;
    @Inject
    IndicatorCache kept;

    /**
     * The indicators as an actor asks for them: for a district and exactly the period of its LOCKED
     * return, the figures as signed (marked {@code signed}); otherwise computed now.
     */
    public IndicatorAnswer indicators(String scope, DateRange period, Actor actor) {
        String district = district(scope, actor);
        // a locked period answers its signed figures; a lock or a reopening notes a change of the period, so
        // the kept answer (signed or computed) is only reused while neither happened. A period before every
        // definition set is refused when computed (an answer is only kept for a defined period).
        return kept.answer(new IndicatorCache.Key(district == null ? CITY : district, period.from(), period.to()),
                () -> {
                    requireDefined(period);
                    return district == null ? computed(null, period)
                            : signatures.lockedFigures(district, period).orElseGet(() -> computed(district, period));
                });
    }

    /** A period must start on or after the earliest definition set's first day (400 naming {@code from}). */
    private void requireDefined(DateRange period) {
        DefinitionSet.requireDefinedOn(period.from(), model.definitionSets().stream().map(DefinitionSet::effectiveFrom)
                .min(LocalDate::compareTo).orElse(null), "from");
    }

    /** The indicators computed from the read model now ({@code district} null: the city), no scope check. */
    IndicatorAnswer computed(String district, DateRange period) {
        rebuild.requireBuilt();
        DefinitionSet defs = model.definitionsOn(period.to()).orElseThrow();
        List<FlowSum> flows = model.flows(period.from(), period.to());
        java.util.Map<String, BigDecimal> treated = model.treatedByPlant(period.from(), period.to());
        return answer(district, period, defs, flows, treated, coverage(district, period), standard(standards.verdicts(district, period)),
                carbon(period, flows, treated).apply(district));
    }

    /**
     * The carbon account of a period for any scope ({@code null}: the city): with the period's flows when one factor set
     * is valid throughout, else with each part's own flows (docs/indicators.md, "Carbon"); null for every scope when no set
     * is valid on the period's first day.
     */
    private java.util.function.Function<String, IndicatorAnswer.Carbon> carbon(DateRange period, List<FlowSum> flows,
                                                                               java.util.Map<String, BigDecimal> treated) {
        List<CarbonAccount.DateSpan> spans = CarbonAccount.spans(model.carbonFactorSets(), period.from(), period.to());
        if (spans.isEmpty()) {
            return district -> null;
        }
        record Part(CarbonAccount.DateSpan span, List<FlowSum> flows, java.util.Map<String, BigDecimal> treated) {
        }
        List<Part> parts = spans.size() == 1 ? List.of(new Part(spans.get(0), flows, treated)) : spans.stream()
                .map(s -> new Part(s, model.flows(s.from(), s.to()), model.treatedByPlant(s.from(), s.to()))).toList();
        return district -> {
            CarbonAccount.Result r = CarbonAccount.of(parts.stream().map(p -> new CarbonAccount.Span(p.span().from(), p.span().to(),
                    Components.of(p.flows(), p.treated(), district), p.span().factors())).toList());
            return new IndicatorAnswer.Carbon(r.avoidedTCo2e(), r.byRoute().stream()
                    .map(x -> new IndicatorAnswer.RouteCarbon(x.route().name(), x.weightKg().setScale(3, RoundingMode.HALF_UP), x.tCo2e()))
                    .toList(), String.join(", ", r.factorSets()));
        };
    }

    /** The 达标 figures of a scope from its communities' verdicts (the quality module's rule). */
    static IndicatorAnswer.StandardCommunities standard(List<CommunityStandard> verdicts) {
        int count = (int) verdicts.stream().filter(v -> Boolean.TRUE.equals(v.standard())).count();
        int inspected = (int) verdicts.stream().filter(v -> v.inspections() > 0).count();
        return new IndicatorAnswer.StandardCommunities(count, inspected, verdicts.size(),
                Rates.percent(BigDecimal.valueOf(count), BigDecimal.valueOf(verdicts.size())), null);
    }

    /** The city and every district in one answer, as the bureau's dashboard draws them (tiles and ranking). */
    public record CityAndDistricts(IndicatorAnswer city, List<IndicatorAnswer> districts) {
    }

    /**
     * The city and each district for one period, computed from one reading of the read model and the
     * directory (a district's figures are those {@link #indicators} gives it, signed ones included).
     */
    public CityAndDistricts cityAndDistricts(DateRange period, Actor actor) {
        district(CITY, actor);
        requireDefined(period);
        return kept.answer(new IndicatorCache.Key("districts", period.from(), period.to()), () -> cityAndDistricts(period));
    }

    private CityAndDistricts cityAndDistricts(DateRange period) {
        rebuild.requireBuilt();
        DefinitionSet defs = model.definitionsOn(period.to()).orElseThrow();
        List<FlowSum> flows = model.flows(period.from(), period.to());
        java.util.Map<String, BigDecimal> treated = model.treatedByPlant(period.from(), period.to());
        List<CommunityServed> all = points.communitiesServed(null, period);
        Set<String> kitchen = kitchenEvidence(period, everyDistrict(), all);
        List<CommunityStandard> verdicts = standards.verdicts(null, period);
        var carbon = carbon(period, flows, treated);
        IndicatorAnswer city = answer(null, period, defs, flows, treated, Coverage.evaluate(all.stream().map(c -> of(c, null)).toList(), kitchen),
                standard(verdicts), carbon.apply(null));
        List<IndicatorAnswer> districts = new ArrayList<>();
        for (var d : points.districts()) {
            var signed = signatures.lockedFigures(d.code(), period);
            districts.add(signed.orElseGet(() -> answer(d.code(), period, defs, flows, treated, Coverage.evaluate(all.stream()
                    .filter(c -> c.districtCode().equals(d.code())).map(c -> of(c, d.code())).toList(), kitchen),
                    standard(verdicts.stream().filter(v -> v.districtCode().equals(d.code())).toList()), carbon.apply(d.code()))));
        }
        return new CityAndDistricts(city, districts);
    }

    private IndicatorAnswer answer(String district, DateRange period, DefinitionSet defs, List<FlowSum> flows,
                                   java.util.Map<String, BigDecimal> treated, Coverage.Result coverage,
                                   IndicatorAnswer.StandardCommunities standard, IndicatorAnswer.Carbon carbon) {
        String scope = district == null ? CITY : district;
        Components c = Components.of(flows, treated, district);
        var k = defs.coefficients();
        var t = defs.targets();
        var generated = Rates.generated(c);
        var recovery = Rates.recoveryNumerator(c);
        var resource = Rates.resourceNumerator(c, k);
        return new IndicatorAnswer(scope, period.from(), period.to(),
                new IndicatorAnswer.Coverage(Rates.percent(java.math.BigDecimal.valueOf(coverage.covered()),
                        java.math.BigDecimal.valueOf(coverage.communities())), coverage.covered(), coverage.communities(),
                        Rates.percent(java.math.BigDecimal.valueOf(coverage.coveredHouseholds()),
                                java.math.BigDecimal.valueOf(coverage.households())),
                        coverage.coveredHouseholds(), coverage.households(), t.coverage()),
                new IndicatorAnswer.Recovery(Rates.percent(recovery, generated), recovery, generated, t.recovery()),
                new IndicatorAnswer.Resource(Rates.percent(resource, generated), resource, generated, t.resourceUtilisation(),
                        new IndicatorAnswer.Components(c.recoveredKg(), c.incineratedKg(), c.kitchenTreatedKg(), c.landfilledKg(),
                                c.collectedKg()),
                        new IndicatorAnswer.Coefficients(defs.name(), k.incineration(), k.kitchen(), k.landfill())),
                new IndicatorAnswer.Harmless(Rates.percent(c.collectedKg(), c.collectedKg()), c.collectedKg(), c.collectedKg(),
                        t.harmlessTreatment()), district == null && standard != null ? standard.withTarget(t.standardCommunities()) : standard,
                carbon, null);
    }

    /**
     * A facility's avoided emissions in a month, as a project registers them (碳惠天府): on a route (and of one material, for
     * recycling; null otherwise and for tonnes weighed without one), with the factor set of that part of the month, the
     * factor the tonnes were accounted with and the set's landfill baseline, so that {@code tCo2e = weightKg ÷ 1000 ×
     * (baseline − factor)} rounded half up to three places, row by row.
     */
    public record PlantMonth(java.time.YearMonth month, String facilityCode, String route, String material, BigDecimal weightKg,
                             BigDecimal factor, BigDecimal baseline, BigDecimal tCo2e, String factorSet) {
    }

    /** The facility kinds whose receipts are recovered (R), asked of the kinds. */
    private static final Set<FacilityKind> RECOVERING = java.util.EnumSet.copyOf(java.util.Arrays.stream(FacilityKind.values())
            .filter(FacilityKind::countsRecovered).toList());

    /**
     * The emissions each facility avoided, month by month of the period (clipped to it): a row a facility, route, material
     * (recycling) and factor set, so that a month a new set starts within has a row for each part, each at its own set's
     * factors. Recycling processors' tonnes are split by material from the receipt facts, summed in the database. The
     * city's, so for those who read the whole city. Months before every factor set are left out.
     */
    public List<PlantMonth> carbonByFacility(DateRange period, Actor actor) {
        district(CITY, actor);
        rebuild.requireBuilt();
        List<net.wastenet.reporting.domain.CarbonFactorSet> sets = model.carbonFactorSets();
        List<PlantMonth> rows = new ArrayList<>();
        for (LocalDate start = period.from(); !start.isAfter(period.to()); start = start.withDayOfMonth(1).plusMonths(1)) {
            LocalDate end = start.withDayOfMonth(start.lengthOfMonth()).isAfter(period.to()) ? period.to() : start.withDayOfMonth(start.lengthOfMonth());
            java.time.YearMonth month = java.time.YearMonth.from(start);
            for (CarbonAccount.DateSpan span : CarbonAccount.spans(sets, start, end)) {
                for (var f : CarbonAccount.byFacility(model.flows(span.from(), span.to()), model.receiptsByMaterial(span.from(), span.to(), RECOVERING),
                        model.treatedByPlant(span.from(), span.to()), span.factors())) {
                    rows.add(new PlantMonth(month, f.facilityCode(), f.route().name(), f.material(), f.weightKg().setScale(3, RoundingMode.HALF_UP),
                            f.factor(), f.baseline(), f.tCo2e().setScale(3, RoundingMode.HALF_UP), span.factors().code()));
                }
            }
        }
        rows.sort(java.util.Comparator.comparing(PlantMonth::month).thenComparing(PlantMonth::facilityCode).thenComparing(PlantMonth::route)
                .thenComparing(PlantMonth::material, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        return rows;
    }

    /** One answer per calendar month of the period (the first and last clipped to it). */
    public List<IndicatorAnswer> trend(String scope, DateRange period, String step, Actor actor) {
        if (step != null && !step.equals("MONTH")) {
            throw new InvalidInputException("step", Text.of("must be MONTH", "必须是 MONTH"));
        }
        if (period.days() > 5 * 366) {
            throw new InvalidInputException("to", Text.of("a trend spans at most five years", "趋势最长五年"));
        }
        requireDefined(period);
        List<IndicatorAnswer> answers = new ArrayList<>();
        for (LocalDate start = period.from(); !start.isAfter(period.to()); start = start.withDayOfMonth(1).plusMonths(1)) {
            LocalDate end = start.withDayOfMonth(start.lengthOfMonth());
            answers.add(indicators(scope, new DateRange(start, end.isAfter(period.to()) ? period.to() : end), actor));
        }
        return answers;
    }

    /** A record behind a component: a receipt (R, I, L, C) or a treatment (K), with the kilograms it counts for the scope. */
    public record ComponentRecord(String record, long id, LocalDate day, String facilityCode, String facilityKind,
                                  String fromFacilityCode, String sourceKind, String sourceDistrictCode, boolean residue,
                                  BigDecimal weightKg, BigDecimal countedKg) {
    }

    /**
     * Drill-down of a component (R, I, K, L or C) to its records, paged, in day order. Each record counts
     * with the same rules and district shares as the sum, so the counted kilograms of all pages add up to
     * the component's figure (to rounding of the last gram); {@code facility} (or null) keeps the records weighed there.
     */
    public Page<ComponentRecord> componentRecords(String scope, String component, String facility, DateRange period, PageRequest page,
                                                  Actor actor) {
        String district = district(scope, actor);
        if (component == null || !Set.of("R", "I", "K", "L", "C").contains(component)) {
            throw new InvalidInputException("component", Text.of("must be one of R, I, K, L, C", "必须是 R、I、K、L、C 之一"));
        }
        if (facility != null) {
            Problems p = new Problems();
            Codes.check(facility, "facilityCode", p);
            p.throwIfAny();
        }
        java.util.function.Predicate<String> at = code -> facility == null || facility.equals(code);
        rebuild.requireBuilt();
        List<FlowSum> flows = model.flows(period.from(), period.to());
        DistrictShares shares = district == null ? null : new DistrictShares(flows);
        if (component.equals("K")) {
            Set<String> plants = model.treatedByPlant(period.from(), period.to()).keySet().stream().filter(at)
                    .filter(plant -> shares == null || shares.of(plant).getOrDefault(district, BigDecimal.ZERO).signum() > 0)
                    .collect(java.util.stream.Collectors.toSet());
            return model.treatments(period.from(), period.to(), plants, page).map(t -> {
                BigDecimal share = shares == null ? BigDecimal.ONE : shares.of(t.facilityCode()).getOrDefault(district, BigDecimal.ZERO);
                return new ComponentRecord("TREATMENT", t.treatmentId(), t.day(), t.facilityCode(), FacilityKind.KITCHEN_WASTE_PLANT.name(),
                        null, null, null, false, t.treatedKg(), t.treatedKg().multiply(share).setScale(3, RoundingMode.HALF_UP));
            });
        }
        // the flows that count for the component (and, for a district, carry a share of it): their receipts, paged in the database
        List<FlowSum> counting = flows.stream().filter(f -> counts(component, f) && at.test(f.toFacility()))
                .filter(f -> shares == null || shares.fractionOf(f, district).signum() > 0).toList();
        return model.receipts(period.from(), period.to(), counting, page).map(r -> {
            FlowSum f = r.asFlow();
            BigDecimal share = shares == null ? BigDecimal.ONE : shares.fractionOf(f, district);
            return new ComponentRecord("RECEIPT", r.movementId(), r.day(), f.toFacility(), name(f.toKind()), f.fromFacility(),
                    name(f.sourceKind()), f.districtCode(), f.residue(), f.weightKg(),
                    f.weightKg().multiply(share).setScale(3, RoundingMode.HALF_UP));
        });
    }

    private static boolean counts(String component, FlowSum f) {
        return switch (component) {
            case "R" -> f.isRecovered();
            case "I" -> f.isIncinerated();
            case "L" -> f.isLandfilled();
            default -> f.isCollected();
        };
    }

    /** Every community of the scope with its verdict: covered, or why not. */
    public List<IndicatorAnswer.CommunityVerdict> coverageDetail(String scope, DateRange period, Actor actor) {
        String district = district(scope, actor);
        rebuild.requireBuilt();
        return coverage(district, period).verdicts().stream()
                .map(v -> new IndicatorAnswer.CommunityVerdict(v.code(), v.name(), v.districtCode(), v.households(), v.covered(),
                        v.reason().name(), v.missingCategories())).toList();
    }

    private Coverage.Result coverage(String district, DateRange period) {
        List<CommunityServed> served = points.communitiesServed(district, period);
        List<Coverage.Community> communities = served.stream().map(c -> of(c, district)).toList();
        // a district's communities are served, for coverage, by the district's own points (communitiesServed)
        java.util.Set<String> districts = district == null ? everyDistrict() : java.util.Set.of(district);
        return Coverage.evaluate(communities, kitchenEvidence(period, districts, served));
    }

    /**
     * The points whose kitchen-waste weighings make these communities' coverage, as far as it can matter: a period
     * with whole months and partial ones reads the whole months' evidence (the month rows), then asks the partial
     * months' days only about the serving points of communities that evidence left undecided (in the city's view and
     * their own district's alike). The verdicts are those the whole evidence gives, since a community already covered
     * by an active point stays covered whatever its other points logged; and the city's year no longer reads the
     * point-days of every point for its head and tail days (docs/performance.md).
     */
    private Set<String> kitchenEvidence(DateRange period, Set<String> districts, List<CommunityServed> communities) {
        net.wastenet.reporting.domain.SumSpans spans = net.wastenet.reporting.domain.SumSpans.of(period.from(), period.to());
        if (spans.months().isEmpty() || spans.headDays().isEmpty() && spans.tailDays().isEmpty()) {
            return model.pointsThatLoggedKitchenWaste(period.from(), period.to(), districts);
        }
        Set<String> evidence = new java.util.HashSet<>(model.pointsThatLoggedKitchenWaste(spans.months().first(),
                spans.months().last().plusMonths(1).minusDays(1), districts));
        Set<String> undecided = undecided(communities, evidence, districts);
        for (var days : List.of(spans.headDays(), spans.tailDays())) {
            if (!days.isEmpty() && !undecided.isEmpty()) {
                evidence.addAll(model.ofTheseLoggedKitchenWaste(undecided, days.first(), days.last()));
            }
        }
        return evidence;
    }

    /**
     * The active serving points (of the given districts) not yet known to have logged kitchen waste, of the
     * communities that no active point of their own district is known to cover: only their evidence can still change
     * a verdict, in the community's district's view or the city's (which counts every district's points).
     */
    static Set<String> undecided(List<CommunityServed> communities, Set<String> known, Set<String> districts) {
        Set<String> ask = new java.util.HashSet<>();
        for (CommunityServed c : communities) {
            boolean decided = c.servingPoints().stream().anyMatch(s -> s.activeInPeriod() && s.districtCode().equals(c.districtCode())
                    && known.contains(s.code()));
            if (!decided) {
                c.servingPoints().stream().filter(s -> s.activeInPeriod() && !known.contains(s.code())
                        && (districts == null || districts.contains(s.districtCode()))).forEach(s -> ask.add(s.code()));
            }
        }
        return ask;
    }

    /** A community as coverage sees it; for a district's figures, served by that district's own points only. */
    private static Coverage.Community of(CommunityServed c, String district) {
        return new Coverage.Community(c.code(), c.name(), c.districtCode(), c.households(), c.servingPoints().stream()
                .filter(s -> district == null || district.equals(s.districtCode()))
                .map(s -> new Coverage.Serving(s.code(), s.acceptedCategories(), s.activeInPeriod())).toList());
    }

    /** Every district's code: the city's kitchen-waste evidence is read district by district (the sums' index). */
    private Set<String> everyDistrict() {
        return points.districts().stream().map(d -> d.code()).collect(java.util.stream.Collectors.toSet());
    }

    /** Districts found to exist: nothing deletes a district, so each is looked up once. */
    private final Set<String> knownDistricts = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** The district of a scope (null for the city), after checking that the actor may read it. */
    private String district(String scope, Actor actor) {
        if (scope == null || CITY.equals(scope)) {
            if (!actor.readsEverything()) {
                throw new net.wastenet.shared.NotYoursException("scope", Text.of("only the bureau reads the whole city; ask for your district",
                        "只有市局可以查看全市指标；请查询本辖区"));
            }
            return null;
        }
        Problems p = new Problems();
        Codes.checkDistrict(scope, "scope", p);
        p.throwIfAny();
        if (!knownDistricts.contains(scope)) {
            if (points.district(scope).isEmpty()) {
                throw new UnknownCodeException("scope", Text.of("district", "区（市）县"), scope);
            }
            knownDistricts.add(scope);
        }
        actor.requireReadDistrict(scope, "scope");
        return scope;
    }

    private static String name(Enum<?> kind) {
        return kind == null ? null : kind.name();
    }
}
