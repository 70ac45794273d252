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

    /** A facility's tonnes on a route and the emissions they avoided (not rounded: a project's month adds several). */
    public record FacilityAvoided(String facilityCode, Route route, BigDecimal weightKg, BigDecimal tCo2e) {
    }

    /**
     * The avoided emissions of each facility that took waste off the landfill in a span, as a project registers them: what
     * a recycling processor received as R, an incineration plant as I, a kitchen-waste plant treated as K (the same
     * counting as the city's components, so the facilities add up to the city's account), each at the set's factors.
     * Landfills avoid nothing and are left out.
     */
    public static List<FacilityAvoided> byFacility(List<FlowSum> flows, Map<String, BigDecimal> treatedByPlant, CarbonFactorSet set) {
        Map<List<Object>, BigDecimal> kg = new java.util.TreeMap<>(java.util.Comparator.comparing((List<Object> k) -> (String) k.get(0))
                .thenComparing(k -> (Route) k.get(1)));
        for (FlowSum f : flows) {
            Route route = f.isRecovered() ? Route.RECYCLING : f.isIncinerated() ? Route.INCINERATION : null;
            if (route != null) {
                kg.merge(List.of(f.toFacility(), route), f.weightKg(), BigDecimal::add);
            }
        }
        treatedByPlant.forEach((plant, treated) -> kg.merge(List.of(plant, Route.KITCHEN_TREATMENT), treated, BigDecimal::add));
        BigDecimal baseline = set.factor(Route.LANDFILL);
        List<FacilityAvoided> result = new ArrayList<>();
        kg.forEach((key, weight) -> {
            Route route = (Route) key.get(1);
            result.add(new FacilityAvoided((String) key.get(0), route, weight,
                    weight.multiply(baseline.subtract(set.factor(route))).divide(KG_A_TONNE)));
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
