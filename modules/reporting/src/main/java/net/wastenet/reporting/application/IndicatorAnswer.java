package net.wastenet.reporting.application;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The indicator answer of API.md: each rate with its numerator, denominator and target; a rate over
 * a zero denominator is null (and written as null).
 */
@JsonbNillable
@JsonbPropertyOrder({"scope", "from", "to", "coverage", "recoveryRate", "resourceUtilisation", "harmlessTreatment", "standardCommunities",
        "carbon", "signed"})
public record IndicatorAnswer(String scope, LocalDate from, LocalDate to, Coverage coverage, Recovery recoveryRate,
                              Resource resourceUtilisation, Harmless harmlessTreatment, StandardCommunities standardCommunities,
                              Carbon carbon, Signature signed) {
    /** Present when the answer is a locked return's signed figures: which version, signed when and by whom. */
    @JsonbNillable
    public record Signature(String period, int version, java.time.LocalDateTime signedAt, String signedBy) {
    }

    /** The same figures, marked as signed. */
    public IndicatorAnswer signedAs(Signature signature) {
        return new IndicatorAnswer(scope, from, to, coverage, recoveryRate, resourceUtilisation, harmlessTreatment, standardCommunities,
                carbon, signature);
    }

    /**
     * 达标小区 (quality module, docs/indicators.md "达标 status"): the communities standard in the period ({@code count}), those
     * inspected in it, all communities in scope, and {@code rate} = count ÷ communities × 100 (null without communities);
     * in the city's answer, {@code target}: the city's target number of standard communities of the definition set in effect
     * (the plan's 10,000), null for a district and when the set names none. Null in figures signed before the quality module
     * existed.
     */
    @JsonbNillable
    public record StandardCommunities(int count, int inspected, int communities, BigDecimal rate, Integer target) {
        /** The same figures with the city's target beside them. */
        public StandardCommunities withTarget(Integer target) {
            return new StandardCommunities(count, inspected, communities, rate, target);
        }
    }

    /**
     * The emissions the scope's waste avoided against landfilling it all (docs/indicators.md, "Carbon"): tonnes of CO₂e in
     * total and by route, with the factor set (codes joined by ", " when a new set became valid within the period).
     * Null when no factor set is valid on the period's first day, and in figures signed before carbon was accounted.
     */
    @JsonbNillable
    public record Carbon(BigDecimal avoidedTCo2e, java.util.List<RouteCarbon> byRoute, String factorSet) {
    }

    public record RouteCarbon(String route, BigDecimal weightKg, BigDecimal tCo2e) {
    }

    @JsonbNillable
    public record Coverage(BigDecimal rate, int coveredCommunities, int communities, BigDecimal householdRate,
                           long coveredHouseholds, long households, BigDecimal target) {
    }

    @JsonbNillable
    public record Recovery(BigDecimal rate, BigDecimal numeratorKg, BigDecimal denominatorKg, BigDecimal target) {
    }

    @JsonbNillable
    public record Components(BigDecimal recoveredKg, BigDecimal incineratedKg, BigDecimal kitchenTreatedKg,
                             BigDecimal landfilledKg, BigDecimal collectedKg) {
    }

    @JsonbNillable
    public record Coefficients(String set, BigDecimal incineration, BigDecimal kitchen, BigDecimal landfill) {
    }

    @JsonbNillable
    public record Resource(BigDecimal rate, BigDecimal numeratorKg, BigDecimal denominatorKg, BigDecimal target,
                           Components components, Coefficients coefficients) {
    }

    @JsonbNillable
    public record Harmless(BigDecimal rate, BigDecimal numeratorKg, BigDecimal denominatorKg, BigDecimal target) {
    }

    /** A community of the coverage drill-down: covered, or why not (NO_ACTIVE_POINT, MISSING_CATEGORIES, NO_KITCHEN_WASTE_LOGGED). */
    public record CommunityVerdict(String code, String name, String districtCode, int households, boolean covered, String reason,
                                   java.util.Set<net.wastenet.shared.WasteCategory> missingCategories) {
    }
}
