package net.wastenet.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.wastenet.reporting.domain.CarbonFactorSet.Factor;
import net.wastenet.reporting.domain.CarbonFactorSet.Route;
import org.junit.jupiter.api.Test;

class CarbonAccountTest {
    private static CarbonFactorSet set(String code, String from, String landfill, String incineration, String kitchen, String recycling) {
        return CarbonFactorSet.define(code, LocalDate.parse(from), "test", List.of(
                new Factor(0, Route.LANDFILL, null, new BigDecimal(landfill)),
                new Factor(1, Route.INCINERATION, null, new BigDecimal(incineration)),
                new Factor(2, Route.KITCHEN_TREATMENT, null, new BigDecimal(kitchen)),
                new Factor(3, Route.RECYCLING, null, new BigDecimal(recycling)),
                new Factor(4, Route.RECYCLING, "PAPER", new BigDecimal("-3.0"))), LocalDateTime.now(), "bureau");
    }

    private static Components kg(String r, String i, String k, String l) {
        return new Components(new BigDecimal(r), new BigDecimal(i), new BigDecimal(k), new BigDecimal(l), BigDecimal.ZERO);
    }

    private static BigDecimal t(CarbonAccount.Result result, Route route) {
        return result.byRoute().stream().filter(r -> r.route() == route).findFirst().orElseThrow().tCo2e();
    }

    @Test
    void eachRouteAvoidsTheLandfillsEmissionsLessItsOwnPerTonne() {
        var set = set("A", "2026-01-01", "0.7", "0.25", "0.05", "-0.8");
        // 2,000 kg recycled: 2 t × (0.7 − (−0.8)) = 3.000; 10,000 kg incinerated: 10 × 0.45 = 4.500;
        // 4,000 kg kitchen waste treated: 4 × 0.65 = 2.600; 5,000 kg landfilled: nothing
        var result = CarbonAccount.of(List.of(new CarbonAccount.Span(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"),
                kg("2000", "10000", "4000", "5000"), set)));
        assertEquals(new BigDecimal("3.000"), t(result, Route.RECYCLING));
        assertEquals(new BigDecimal("4.500"), t(result, Route.INCINERATION));
        assertEquals(new BigDecimal("2.600"), t(result, Route.KITCHEN_TREATMENT));
        assertEquals(new BigDecimal("0.000"), t(result, Route.LANDFILL));
        assertEquals(new BigDecimal("10.100"), result.avoidedTCo2e());
        assertEquals(new BigDecimal("5000"), result.byRoute().get(3).weightKg());
        assertEquals(List.of("A"), result.factorSets());
    }

    @Test
    void eachPartOfThePeriodUsesTheSetValidThen() {
        var a = set("A", "2026-01-01", "0.7", "0.25", "0.05", "-0.8");
        var b = set("B", "2026-03-16", "1.0", "0.25", "0.05", "-0.8");
        var spans = CarbonAccount.spans(List.of(b, a), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"));
        assertEquals(2, spans.size());
        assertEquals(LocalDate.parse("2026-03-15"), spans.get(0).to());
        assertEquals("A", spans.get(0).factors().code());
        assertEquals(LocalDate.parse("2026-03-16"), spans.get(1).from());
        assertEquals("B", spans.get(1).factors().code());
        // 1,000 kg incinerated in each half: 1 × 0.45 + 1 × 0.75 = 1.200
        var result = CarbonAccount.of(List.of(
                new CarbonAccount.Span(spans.get(0).from(), spans.get(0).to(), kg("0", "1000", "0", "0"), a),
                new CarbonAccount.Span(spans.get(1).from(), spans.get(1).to(), kg("0", "1000", "0", "0"), b)));
        assertEquals(new BigDecimal("1.200"), result.avoidedTCo2e());
        assertEquals(new BigDecimal("2000"), result.byRoute().get(1).weightKg());
        assertEquals(List.of("A", "B"), result.factorSets());
    }

    @Test
    void aPeriodStartingBeforeEverySetIsNotAccounted() {
        var a = set("A", "2026-01-01", "0.7", "0.25", "0.05", "-0.8");
        assertTrue(CarbonAccount.spans(List.of(a), LocalDate.parse("2025-12-31"), LocalDate.parse("2026-01-31")).isEmpty());
        assertEquals(1, CarbonAccount.spans(List.of(a), LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-31")).size());
    }

    @Test
    void aSetMustGiveEveryRouteWithoutAMaterial() {
        assertEquals(List.of(Route.RECYCLING, Route.KITCHEN_TREATMENT), CarbonFactorSet.missingRoutes(List.of(
                new Factor(0, Route.LANDFILL, null, BigDecimal.ONE), new Factor(1, Route.INCINERATION, null, BigDecimal.ONE),
                new Factor(2, Route.RECYCLING, "PAPER", BigDecimal.ONE))));
    }

    /** A processor's receipts of one material as the receipt facts sum them (no sending facility, no district). */
    private static MaterialFlow recovered(String facility, String fromKind, String sourceKind, boolean residue, String material, String kg) {
        return new MaterialFlow(FlowSum.of(facility, "RECYCLING_PROCESSOR", null, fromKind, sourceKind, null, residue, new BigDecimal(kg)),
                material);
    }

    @Test
    void eachFacilityThatTookWasteOffTheLandfillIsAProjectAndTheyAddUpToTheCity() {
        var set = set("A", "2026-01-01", "0.7", "0.25", "0.05", "-0.8");
        var flows = List.of(
                FlowSum.of("RP-1", "RECYCLING_PROCESSOR", null, null, "POINT", "510104", false, new BigDecimal("2000")),
                FlowSum.of("INC-1", "INCINERATION_PLANT", null, null, "POINT", "510104", false, new BigDecimal("6000")),
                FlowSum.of("INC-1", "INCINERATION_PLANT", "SC-1", "SORTING_CENTRE", "FACILITY", "510104", true, new BigDecimal("500")),
                FlowSum.of("INC-2", "INCINERATION_PLANT", null, null, "POINT", "510105", false, new BigDecimal("3500")),
                FlowSum.of("LF-1", "LANDFILL", null, null, "POINT", "510104", false, new BigDecimal("5000")));
        // RP-1's 2,000 kg weighed without a material: the set's RECYCLING factor
        var byMaterial = List.of(recovered("RP-1", null, "POINT", false, null, "2000"));
        var plants = java.util.Map.of("KW-1", new BigDecimal("4000"));
        var rows = CarbonAccount.byFacility(flows, byMaterial, plants, set);
        assertEquals(List.of("INC-1/INCINERATION", "INC-2/INCINERATION", "KW-1/KITCHEN_TREATMENT", "RP-1/RECYCLING"),
                rows.stream().map(r -> r.facilityCode() + "/" + r.route()).toList());
        // INC-1: 6.5 t × 0.45, residues of a sorting centre included as in I
        assertEquals(0, new BigDecimal("2.925").compareTo(rows.get(0).tCo2e()));
        assertEquals(0, new BigDecimal("6500").compareTo(rows.get(0).weightKg()));
        assertEquals(0, new BigDecimal("0.25").compareTo(rows.get(0).factor()));
        assertEquals(0, new BigDecimal("0.7").compareTo(rows.get(0).baseline()));
        assertEquals(null, rows.get(3).material());
        assertEquals(0, new BigDecimal("-0.8").compareTo(rows.get(3).factor()));
        var city = CarbonAccount.of(List.of(new CarbonAccount.Span(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"),
                Components.of(flows, plants, null), set)));
        assertEquals(0, city.avoidedTCo2e().compareTo(rows.stream().map(CarbonAccount.FacilityAvoided::tCo2e)
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
    }

    /**
     * A processor received 1,234.567 kg of paper from points and 765.433 kg of paper sent on by a sorting centre (2,000 kg),
     * 1,500.250 kg of plastic from points, 300 kg of glass from a district's collection, and 99 kg of rejects of a sorting
     * centre (no R). Set A: PAPER −3.0, PLASTIC −1.2, no GLASS (RECYCLING −0.8), landfill 0.7:
     * paper 2 t × 3.7 = 7.400; plastic 1.50025 t × 1.9 = 2.850475; glass 0.3 t × 1.5 = 0.450.
     * The city's RECYCLING route (no material) is 3,800.250 kg × 1.5 = 5.700375; the export's recycling rows differ from it
     * by paper 2 t × (−0.8 − (−3.0)) = 4.400 and plastic 1.50025 t × (−0.8 − (−1.2)) = 0.6001: 10.700475 − 5.700375 = 5.0001.
     */
    @Test
    void aProcessorsTonnesAreAccountedMaterialByMaterialEachAtItsFactorOrTheRecyclingFactor() {
        var set = CarbonFactorSet.define("A", LocalDate.parse("2026-01-01"), "test", List.of(
                new Factor(0, Route.LANDFILL, null, new BigDecimal("0.7")),
                new Factor(1, Route.INCINERATION, null, new BigDecimal("0.25")),
                new Factor(2, Route.KITCHEN_TREATMENT, null, new BigDecimal("0.05")),
                new Factor(3, Route.RECYCLING, null, new BigDecimal("-0.8")),
                new Factor(4, Route.RECYCLING, "PAPER", new BigDecimal("-3.0")),
                new Factor(5, Route.RECYCLING, "PLASTIC", new BigDecimal("-1.2"))), LocalDateTime.now(), "bureau");
        var byMaterial = List.of(
                recovered("RP-1", null, "POINT", false, "PAPER", "1234.567"),
                recovered("RP-1", "SORTING_CENTRE", "FACILITY", false, "PAPER", "765.433"),
                recovered("RP-1", null, "POINT", false, "PLASTIC", "1500.250"),
                recovered("RP-1", null, "DISTRICT", false, "GLASS", "300"),
                recovered("RP-1", "SORTING_CENTRE", "FACILITY", true, "PAPER", "99"));
        var rows = CarbonAccount.byFacility(List.of(), byMaterial, java.util.Map.of(), set);
        assertEquals(List.of("GLASS", "PAPER", "PLASTIC"), rows.stream().map(CarbonAccount.FacilityAvoided::material).toList());
        assertEquals(0, new BigDecimal("300").compareTo(rows.get(0).weightKg()));
        assertEquals(0, new BigDecimal("-0.8").compareTo(rows.get(0).factor()), "no factor for glass: the recycling factor");
        assertEquals(0, new BigDecimal("0.450").compareTo(rows.get(0).tCo2e()));
        assertEquals(0, new BigDecimal("2000").compareTo(rows.get(1).weightKg()), "a sorting centre's rejects are no R");
        assertEquals(0, new BigDecimal("-3.0").compareTo(rows.get(1).factor()));
        assertEquals(0, new BigDecimal("7.400").compareTo(rows.get(1).tCo2e()));
        assertEquals(0, new BigDecimal("1500.250").compareTo(rows.get(2).weightKg()));
        assertEquals(0, new BigDecimal("-1.2").compareTo(rows.get(2).factor()));
        assertEquals(0, new BigDecimal("2.850475").compareTo(rows.get(2).tCo2e()));
        assertTrue(rows.stream().allMatch(r -> r.baseline().compareTo(new BigDecimal("0.7")) == 0));

        // the city's RECYCLING route is the same tonnes at the factor without a material
        var city = CarbonAccount.of(List.of(new CarbonAccount.Span(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"),
                kg("3800.250", "0", "0", "0"), set)));
        assertEquals(0, rows.stream().map(CarbonAccount.FacilityAvoided::weightKg).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(city.byRoute().get(0).weightKg()));
        assertEquals(new BigDecimal("5.700"), t(city, Route.RECYCLING));
        BigDecimal export = rows.stream().map(CarbonAccount.FacilityAvoided::tCo2e).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("10.700475").compareTo(export));
        BigDecimal difference = rows.stream().map(r -> r.weightKg().multiply(new BigDecimal("-0.8").subtract(r.factor())).divide(BigDecimal.valueOf(1000)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, new BigDecimal("5.0001").compareTo(difference));
        assertEquals(0, export.subtract(new BigDecimal("5.700375")).compareTo(difference));
    }

    @Test
    void aFactorPerMaterialIsUsedOnlyForThatMaterialOfThatRoute() {
        var set = set("A", "2026-01-01", "0.7", "0.25", "0.05", "-0.8");
        assertEquals(0, new BigDecimal("-3.0").compareTo(set.factor(Route.RECYCLING, "PAPER")));
        assertEquals(0, new BigDecimal("-0.8").compareTo(set.factor(Route.RECYCLING, "METAL")));
        assertEquals(0, new BigDecimal("-0.8").compareTo(set.factor(Route.RECYCLING, null)));
        assertEquals(0, new BigDecimal("0.25").compareTo(set.factor(Route.INCINERATION, "PAPER")));
    }

    @Test
    void roundingIsPerRouteAndTheTotalIsTheirSum() {
        var set = set("A", "2026-01-01", "0.7", "0.25", "0.05", "-0.8");
        // 1 kg incinerated: 0.00045 → 0.000; 3 kg recycled: 0.0045 → 0.005 (half up)
        var result = CarbonAccount.of(List.of(new CarbonAccount.Span(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-01"),
                kg("3", "1", "0", "0"), set)));
        assertEquals(new BigDecimal("0.005"), t(result, Route.RECYCLING));
        assertEquals(new BigDecimal("0.000"), t(result, Route.INCINERATION));
        assertEquals(new BigDecimal("0.005"), result.avoidedTCo2e());
    }
}
