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

    @Test
    void eachFacilityThatTookWasteOffTheLandfillIsAProjectAndTheyAddUpToTheCity() {
        var set = set("A", "2026-01-01", "0.7", "0.25", "0.05", "-0.8");
        var flows = List.of(
                FlowSum.of("RP-1", "RECYCLING_PROCESSOR", null, null, "POINT", "510104", false, new BigDecimal("2000")),
                FlowSum.of("INC-1", "INCINERATION_PLANT", null, null, "POINT", "510104", false, new BigDecimal("6000")),
                FlowSum.of("INC-1", "INCINERATION_PLANT", "SC-1", "SORTING_CENTRE", "FACILITY", "510104", true, new BigDecimal("500")),
                FlowSum.of("INC-2", "INCINERATION_PLANT", null, null, "POINT", "510105", false, new BigDecimal("3500")),
                FlowSum.of("LF-1", "LANDFILL", null, null, "POINT", "510104", false, new BigDecimal("5000")));
        var plants = java.util.Map.of("KW-1", new BigDecimal("4000"));
        var rows = CarbonAccount.byFacility(flows, plants, set);
        assertEquals(List.of("INC-1/INCINERATION", "INC-2/INCINERATION", "KW-1/KITCHEN_TREATMENT", "RP-1/RECYCLING"),
                rows.stream().map(r -> r.facilityCode() + "/" + r.route()).toList());
        // INC-1: 6.5 t × 0.45, residues of a sorting centre included as in I
        assertEquals(0, new BigDecimal("2.925").compareTo(rows.get(0).tCo2e()));
        assertEquals(0, new BigDecimal("6500").compareTo(rows.get(0).weightKg()));
        var city = CarbonAccount.of(List.of(new CarbonAccount.Span(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"),
                Components.of(flows, plants, null), set)));
        assertEquals(0, city.avoidedTCo2e().compareTo(rows.stream().map(CarbonAccount.FacilityAvoided::tCo2e)
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
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
