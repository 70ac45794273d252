package net.wastenet.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wastenet.shared.WasteCategory;
import org.junit.jupiter.api.Test;

/**
 * A small network computed by hand. 锦江 (510104) and 青羊 (510105):
 * <pre>
 *   points of 510104 → sorting centre SC: 3,000 kg       points of 510105 → SC: 1,000 kg
 *   SC → processor PP (sent on): 3,600 kg                SC rejects → incinerator INC: 400 kg
 *   510104 residual → INC: 10,000 kg                     510105 residual → INC: 6,000 kg
 *   points of 510104 → processor PP directly: 500 kg
 *   PP residues → landfill LF: 200 kg
 *   kitchen plant KW receives from 510104 points 2,000 kg, treats 1,900 kg input with 190 kg impurities (→ INC)
 * </pre>
 */
class IndicatorArithmeticTest {
    static FlowSum flow(String to, String toKind, String from, String fromKind, String source, String district, boolean residue, String kg) {
        return FlowSum.of(to, toKind, from, fromKind, source, district, residue, new BigDecimal(kg));
    }

    static final List<FlowSum> NETWORK = List.of(
            flow("SC", "SORTING_CENTRE", null, null, "POINT", "510104", false, "3000"),
            flow("SC", "SORTING_CENTRE", null, null, "POINT", "510105", false, "1000"),
            flow("PP", "RECYCLING_PROCESSOR", "SC", "SORTING_CENTRE", "FACILITY", null, false, "3600"),
            flow("INC", "INCINERATION_PLANT", "SC", "SORTING_CENTRE", "FACILITY", null, true, "400"),
            flow("INC", "INCINERATION_PLANT", null, null, "DISTRICT", "510104", false, "10000"),
            flow("INC", "INCINERATION_PLANT", null, null, "DISTRICT", "510105", false, "6000"),
            flow("PP", "RECYCLING_PROCESSOR", null, null, "POINT", "510104", false, "500"),
            flow("LF", "LANDFILL", "PP", "RECYCLING_PROCESSOR", "FACILITY", null, true, "200"),
            flow("KW", "KITCHEN_WASTE_PLANT", null, null, "POINT", "510104", false, "2000"),
            flow("INC", "INCINERATION_PLANT", "KW", "KITCHEN_WASTE_PLANT", "FACILITY", null, true, "190"));
    static final Map<String, BigDecimal> TREATED = Map.of("KW", new BigDecimal("1710"));

    static BigDecimal kg(String v) {
        return new BigDecimal(v).setScale(3);
    }

    @Test
    void eachQuantityIsCountedOnceWhereItIsMeasured() {
        Components city = Components.of(NETWORK, TREATED, null);
        assertEquals(kg("4100"), city.recoveredKg(), "processor receipts from points and the sorting centre, not the rejects");
        assertEquals(kg("16590"), city.incineratedKg(), "every receipt at the incinerator, residues included");
        assertEquals(kg("200"), city.landfilledKg());
        assertEquals(kg("1710"), city.kitchenTreatedKg());
        assertEquals(kg("18000"), city.collectedKg(), "first receipts of new waste only: 16,000 residual + 2,000 kitchen");
    }

    @Test
    void theRatesFollowTheNationalFormulas() {
        Components city = Components.of(NETWORK, TREATED, null);
        // recovery: (R + K) / (C + R) = (4,100 + 1,710) / (18,000 + 4,100) = 26.29 %
        assertEquals(new BigDecimal("26.29"), Rates.percent(Rates.recoveryNumerator(city), Rates.generated(city)));
        // resource: (4,100 + 0.6 × 16,590 + 1.0 × 1,710 + 0 × 200) / 22,100 = 15,764 / 22,100 = 71.33 %
        var k = new DefinitionSet.Coefficients(new BigDecimal("0.6"), BigDecimal.ONE, BigDecimal.ZERO);
        assertEquals(kg("15764"), Rates.resourceNumerator(city, k));
        assertEquals(new BigDecimal("71.33"), Rates.percent(Rates.resourceNumerator(city, k), Rates.generated(city)));
    }

    @Test
    void aZeroDenominatorGivesNoRateNeverZeroOrAHundred() {
        assertNull(Rates.percent(BigDecimal.ZERO, BigDecimal.ZERO));
        Components empty = Components.of(List.of(), Map.of(), null);
        assertNull(Rates.percent(Rates.recoveryNumerator(empty), Rates.generated(empty)));
    }

    @Test
    void whatAFacilityPassesOnIsAttributedToTheDistrictsItCameFrom() {
        Components jinjiang = Components.of(NETWORK, TREATED, "510104");
        Components qingyang = Components.of(NETWORK, TREATED, "510105");
        // the centre's 3,600 kg sent on: 75 % 锦江, 25 % 青羊; plus 锦江's own 500 kg
        assertEquals(kg("3200"), jinjiang.recoveredKg());
        assertEquals(kg("900"), qingyang.recoveredKg());
        // incinerated: 锦江 10,000 + 75 % of 400 rejects + all 190 impurities (KW's intake is all 锦江's)
        assertEquals(kg("10490"), jinjiang.incineratedKg());
        assertEquals(kg("6100"), qingyang.incineratedKg());
        // landfill: PP's residues follow PP's intake (3,600 via the centre + 500 from 锦江 points) two levels back
        assertEquals(kg("200"), jinjiang.landfilledKg().add(qingyang.landfilledKg()));
        assertEquals(kg("1710"), jinjiang.kitchenTreatedKg());
        assertEquals(kg("12000"), jinjiang.collectedKg());
        assertEquals(kg("6000"), qingyang.collectedKg());
        Components city = Components.of(NETWORK, TREATED, null);
        assertEquals(city.recoveredKg(), jinjiang.recoveredKg().add(qingyang.recoveredKg()), "districts add up to the city");
        assertEquals(city.incineratedKg(), jinjiang.incineratedKg().add(qingyang.incineratedKg()));
    }

    @Test
    void aCommunityIsCoveredOnlyWithAllFourCategoriesAndKitchenWasteLoggedAtOneOfItsActivePoints() {
        Set<WasteCategory> all = EnumSet.allOf(WasteCategory.class);
        var covered = new Coverage.Community("C1", "a", "510104", 1000, List.of(new Coverage.Serving("P1", all, true)));
        var split = new Coverage.Community("C2", "b", "510104", 500, List.of(
                new Coverage.Serving("P2", EnumSet.of(WasteCategory.KITCHEN, WasteCategory.RESIDUAL), true),
                new Coverage.Serving("P3", EnumSet.of(WasteCategory.RECYCLABLE, WasteCategory.HAZARDOUS), true)));
        var missing = new Coverage.Community("C3", "c", "510104", 800, List.of(
                new Coverage.Serving("P4", EnumSet.of(WasteCategory.RECYCLABLE, WasteCategory.RESIDUAL), true)));
        var silent = new Coverage.Community("C4", "d", "510104", 700, List.of(new Coverage.Serving("P5", all, true)));
        var closed = new Coverage.Community("C5", "e", "510104", 300, List.of(new Coverage.Serving("P6", all, false)));
        var result = Coverage.evaluate(List.of(covered, split, missing, silent, closed), Set.of("P1", "P2", "P6"));
        assertEquals(2, result.covered());
        assertEquals(5, result.communities());
        assertEquals(1500, result.coveredHouseholds());
        assertEquals(3300, result.households());
        assertEquals(Coverage.Reason.MISSING_CATEGORIES, result.verdicts().get(2).reason());
        assertEquals(EnumSet.of(WasteCategory.HAZARDOUS, WasteCategory.KITCHEN), result.verdicts().get(2).missingCategories());
        assertEquals(Coverage.Reason.NO_KITCHEN_WASTE_LOGGED, result.verdicts().get(3).reason());
        assertEquals(Coverage.Reason.NO_ACTIVE_POINT, result.verdicts().get(4).reason());
        assertEquals(new BigDecimal("40.00"), Rates.percent(BigDecimal.valueOf(result.covered()), BigDecimal.valueOf(result.communities())));
    }
}
