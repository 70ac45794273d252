package net.wastenet.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import net.wastenet.reporting.domain.CarbonFactorSet.Route;

/**
 * The emissions a scope's waste avoided in a period, "baseline minus project" as the methodologies count them: every
 * tonne that went another way than the landfill avoided the landfill's emissions less its own route's,
 * {@code tonnes × (factor of LANDFILL − factor of the route)}, with the factors of the set valid on the days the tonnes
 * were received. A tonne landfilled avoided nothing. Tonnes of CO₂e to three places, rounded half up per route; the
 * total is the sum of the routes as shown.
 */
public final class CarbonAccount {
    private static final BigDecimal KG_A_TONNE = BigDecimal.valueOf(1000);

    private CarbonAccount() {
    }

    /** A part of the period with one factor set: its components (R, I, K, L) and that set. */
    public record Span(LocalDate from, LocalDate to, Components components, CarbonFactorSet factors) {
    }

    public record RouteAvoided(Route route, BigDecimal weightKg, BigDecimal tCo2e) {
    }

    /** {@code factorSets}: the codes of the sets used, in the order of the spans. */
    public record Result(BigDecimal avoidedTCo2e, List<RouteAvoided> byRoute, List<String> factorSets) {
    }

    public static Result of(List<Span> spans) {
        Map<Route, BigDecimal> kg = new EnumMap<>(Route.class);
        Map<Route, BigDecimal> avoided = new EnumMap<>(Route.class);
        Set<String> sets = new LinkedHashSet<>();
        for (Span span : spans) {
            sets.add(span.factors().code());
            BigDecimal baseline = span.factors().factor(Route.LANDFILL);
            for (Route route : Route.values()) {
                BigDecimal weight = weightOf(route).apply(span.components());
                kg.merge(route, weight, BigDecimal::add);
                BigDecimal perTonne = baseline.subtract(span.factors().factor(route));
                avoided.merge(route, weight.multiply(perTonne).divide(KG_A_TONNE), BigDecimal::add);
            }
        }
        List<RouteAvoided> byRoute = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO.setScale(3);
        for (Route route : Route.values()) {
            BigDecimal t = avoided.getOrDefault(route, BigDecimal.ZERO).setScale(3, RoundingMode.HALF_UP);
            byRoute.add(new RouteAvoided(route, kg.getOrDefault(route, BigDecimal.ZERO), t));
            total = total.add(t);
        }
        return new Result(total, byRoute, List.copyOf(sets));
    }

    /**
     * A facility's tonnes on a route (of one material, for recycling) in a span, the factor they were accounted with and the
     * set's landfill baseline, and the emissions they avoided, {@code tonnes × (baseline − factor)} (not rounded: the caller
     * rounds each row once). {@code material} is null for the other routes, and for recycled tonnes weighed without one.
     */
    public record FacilityAvoided(String facilityCode, Route route, String material, BigDecimal factor, BigDecimal baseline,
                                  BigDecimal weightKg, BigDecimal tCo2e) {
    }

    /**
     * The avoided emissions of each facility that took waste off the landfill in a span, as a project registers them: what
     * a recycling processor received as R, per material, each at the set's factor for that material (the set's RECYCLING
     * factor for a material it gives none for, or a receipt without a material); what an incineration plant received as I
     * and a kitchen-waste plant treated as K at their routes' factors. The tonnes are counted as the city's components are
     * (R from {@code recovered}, the same receipts as the flow sums' R split by material), so the facilities' tonnes add up
     * to the city's, and so do their emissions where the set gives no factor per material; where it does, the recycling
     * rows differ from the city's RECYCLING route (which has no material) by {@code tonnes × (RECYCLING factor − material
     * factor)} (docs/indicators.md, "Carbon"). Landfills avoid nothing and are left out.
     */
    public static List<FacilityAvoided> byFacility(List<FlowSum> flows, List<MaterialFlow> recovered, Map<String, BigDecimal> treatedByPlant,
                                                   CarbonFactorSet set) {
        record Key(String facility, Route route, String material) {
        }
        Map<Key, BigDecimal> kg = new java.util.TreeMap<>(java.util.Comparator.comparing(Key::facility).thenComparing(Key::route)
                .thenComparing(Key::material, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        for (MaterialFlow m : recovered) {
            if (m.flow().isRecovered()) {
                kg.merge(new Key(m.flow().toFacility(), Route.RECYCLING, m.material()), m.flow().weightKg(), BigDecimal::add);
            }
        }
        for (FlowSum f : flows) {
            if (f.isIncinerated()) {
                kg.merge(new Key(f.toFacility(), Route.INCINERATION, null), f.weightKg(), BigDecimal::add);
            }
        }
        treatedByPlant.forEach((plant, treated) -> kg.merge(new Key(plant, Route.KITCHEN_TREATMENT, null), treated, BigDecimal::add));
        BigDecimal baseline = set.factor(Route.LANDFILL);
        List<FacilityAvoided> result = new ArrayList<>();
        kg.forEach((key, weight) -> {
            BigDecimal factor = set.factor(key.route(), key.material());
            result.add(new FacilityAvoided(key.facility(), key.route(), key.material(), factor, baseline, weight,
                    weight.multiply(baseline.subtract(factor)).divide(KG_A_TONNE)));
        });
        return result;
    }

    /** The component a route's tonnes are: R recycling, I incineration, K kitchen-waste treatment, L landfill. */
    static Function<Components, BigDecimal> weightOf(Route route) {
        return switch (route) {
            case RECYCLING -> Components::recoveredKg;
            case INCINERATION -> Components::incineratedKg;
            case KITCHEN_TREATMENT -> Components::kitchenTreatedKg;
            case LANDFILL -> Components::landfilledKg;
        };
    }

    /**
     * The period cut where a new set becomes valid, each part with the set valid on its first day; empty when no set is
     * valid on the period's first day (the period is then not accounted).
     */
    public static List<DateSpan> spans(List<CarbonFactorSet> sets, LocalDate from, LocalDate to) {
        List<DateSpan> result = new ArrayList<>();
        LocalDate start = from;
        while (!start.isAfter(to)) {
            var valid = CarbonFactorSet.validOn(sets, start);
            if (valid.isEmpty()) {
                return List.of();
            }
            LocalDate s = start;
            LocalDate next = sets.stream().map(CarbonFactorSet::validFrom).filter(d -> d.isAfter(s) && !d.isAfter(to))
                    .min(LocalDate::compareTo).orElse(to.plusDays(1));
            result.add(new DateSpan(start, next.minusDays(1), valid.get()));
            start = next;
        }
        return result;
    }

    public record DateSpan(LocalDate from, LocalDate to, CarbonFactorSet factors) {
    }
}
