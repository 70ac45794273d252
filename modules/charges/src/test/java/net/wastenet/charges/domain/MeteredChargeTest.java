package net.wastenet.charges.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.WasteCategory;
import org.junit.jupiter.api.Test;

/** The metered charge, with expectations worked out by hand. */
class MeteredChargeTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 8, 0);
    static final YearMonth NOV = YearMonth.of(2026, 11);

    static BigDecimal kg(String v) {
        return new BigDecimal(v);
    }

    /** 300 a tonne up to 3,000 kg; 450 from the quota, 600 from 2,000 kg above it. */
    static Tariff tiered(String code, LocalDate from, int base, int first, int second, LocalDateTime at) {
        return Tariff.define(code, from, ProducerClass.NON_RESIDENTIAL, WasteCategory.KITCHEN, ChargeBasis.PER_TONNE, BigDecimal.valueOf(base),
                kg("3000"), List.of(new Tariff.Tier(BigDecimal.ZERO, BigDecimal.valueOf(first)), new Tariff.Tier(kg("2000"), BigDecimal.valueOf(second))),
                null, null, at, "bureau");
    }

    static MeteredCharge.Weighing w(int day, String kg) {
        return new MeteredCharge.Weighing(NOV.atDay(day), kg(kg));
    }

    static MeteredCharge.Statement charge(List<MeteredCharge.Weighing> ws, List<Tariff> ts) {
        return MeteredCharge.Statement.of(MeteredCharge.perTonne(ProducerClass.NON_RESIDENTIAL, WasteCategory.KITCHEN, ws, ts));
    }

    @Test
    void aProducerAboveItsQuotaIsChargedEachTierOnExactlyTheKilogramsInIt() {
        // 6,500 kg: 3,000 within the quota (900.00), 2,000 in the first tier (900.00), 1,500 in the second (900.00)
        var s = charge(List.of(w(2, "2500"), w(9, "2500"), w(20, "1500")), List.of(tiered("T", NOV.atDay(1), 300, 450, 600, NOW)));
        assertEquals(3, s.lines().size());
        assertEquals(List.of(kg("3000.000"), kg("2000.000"), kg("1500.000")), s.lines().stream().map(ChargeLine::weightKg).toList());
        assertEquals(List.of(0, 1, 2), s.lines().stream().map(ChargeLine::tier).toList());
        assertEquals(List.of(kg("900.00"), kg("900.00"), kg("900.00")), s.lines().stream().map(ChargeLine::amountYuan).toList());
        assertEquals(kg("2700.00"), s.totalYuan());
    }

    @Test
    void aProducerWithinItsQuotaPaysTheBasePriceOnly() {
        var s = charge(List.of(w(3, "1000"), w(4, "999.999")), List.of(tiered("T", NOV.atDay(1), 300, 450, 600, NOW)));
        assertEquals(1, s.lines().size());
        // 1,999.999 kg × 300 ÷ 1000 = 599.9997 → 600.00 (half up, on the line)
        assertEquals(kg("600.00"), s.totalYuan());
    }

    @Test
    void aTariffThatChangesMidMonthChargesEachDaysWeighingsAtThePriceValidThatDay() {
        Tariff early = tiered("A", NOV.atDay(1), 300, 450, 600, NOW);
        Tariff late = tiered("B", NOV.atDay(16), 320, 480, 640, NOW);
        // day 10: 2,800 kg at A, base; day 16: 1,000 kg at B: 200 base (the quota's rest) + 800 first tier; day 30: 1,500 kg at B:
        // 1,200 first tier (to 2,000 above the quota), 300 second
        var s = charge(List.of(w(10, "2800"), w(16, "1000"), w(30, "1500")), List.of(late, early));
        assertEquals(4, s.lines().size(), s.lines()::toString);
        assertEquals(List.of("A", "B", "B", "B"), s.lines().stream().map(ChargeLine::tariffCode).toList());
        assertEquals(List.of(kg("2800.000"), kg("200.000"), kg("2000.000"), kg("300.000")), s.lines().stream().map(ChargeLine::weightKg).toList());
        // 840.00 + 64.00 + 960.00 + 192.00
        assertEquals(List.of(kg("840.00"), kg("64.00"), kg("960.00"), kg("192.00")), s.lines().stream().map(ChargeLine::amountYuan).toList());
        assertEquals(kg("2056.00"), s.totalYuan());
    }

    @Test
    void aCorrectionValidFromTheSameDayPricesItAndTheEarlierVersionNoLonger() {
        Tariff wrong = tiered("A", NOV.atDay(1), 300, 450, 600, NOW);
        Tariff corrected = tiered("A2", NOV.atDay(1), 250, 450, 600, NOW.plusHours(1));
        var s = charge(List.of(w(5, "1000")), List.of(wrong, corrected));
        assertEquals("A2", s.lines().get(0).tariffCode());
        assertEquals(kg("250.00"), s.totalYuan());
    }

    @Test
    void nothingWeighedOwesNothingAndDaysBeforeAnyTariffCostNothing() {
        assertEquals(kg("0.00"), charge(List.of(), List.of(tiered("T", NOV.atDay(1), 300, 450, 600, NOW))).totalYuan());
        var s = charge(List.of(w(3, "100"), w(20, "100")), List.of(tiered("T", NOV.atDay(15), 300, 450, 600, NOW)));
        assertEquals(2, s.lines().size());
        assertNull(s.lines().get(0).tariffCode());
        assertEquals(kg("0.00"), s.lines().get(0).amountYuan());
        assertEquals(kg("30.00"), s.totalYuan());
    }

    @Test
    void householdsPayEachDayAtTheTariffValidThatDay() {
        Tariff a = Tariff.define("HH", LocalDate.of(2026, 1, 1), ProducerClass.RESIDENTIAL, WasteCategory.RESIDUAL, ChargeBasis.PER_HOUSEHOLD_MONTH,
                kg("2.50"), null, List.of(), null, null, NOW, "bureau");
        Tariff b = Tariff.define("HH2", NOV.atDay(16), ProducerClass.RESIDENTIAL, WasteCategory.RESIDUAL, ChargeBasis.PER_HOUSEHOLD_MONTH,
                kg("3.00"), null, List.of(), null, null, NOW, "bureau");
        var lines = MeteredCharge.perHousehold(WasteCategory.RESIDUAL, NOV, 1200, LocalDate.of(2020, 1, 1), List.of(a, b));
        // 1,200 × 2.50 × 15/30 = 1,500.00; 1,200 × 3.00 × 15/30 = 1,800.00
        assertEquals(List.of(kg("1500.00"), kg("1800.00")), lines.stream().map(ChargeLine::amountYuan).toList());
        // a community in service from the 21st pays 10 days
        var late = MeteredCharge.perHousehold(WasteCategory.RESIDUAL, NOV, 300, NOV.atDay(21), List.of(a, b));
        assertEquals(kg("300.00"), late.get(0).amountYuan());
        assertEquals(10, late.get(0).days());
    }

    @Test
    void aTariffRefusesTiersWithoutAQuotaAndTiersThatDoNotRise() {
        var e = assertThrows(InvalidInputException.class, () -> Tariff.define("X", NOV.atDay(1), ProducerClass.NON_RESIDENTIAL, WasteCategory.KITCHEN,
                ChargeBasis.PER_TONNE, kg("300"), null, List.of(new Tariff.Tier(kg("100"), kg("200")), new Tariff.Tier(kg("50"), kg("250"))),
                null, null, NOW, "bureau"));
        var fields = e.errors().stream().map(f -> f.field()).toList();
        assertTrue(fields.containsAll(List.of("quotaKgPerMonth", "tiers[0].aboveKg", "tiers[0].priceYuan", "tiers[1].aboveKg")), fields::toString);
        var perHousehold = assertThrows(InvalidInputException.class, () -> Tariff.define("Y", NOV.atDay(1), ProducerClass.NON_RESIDENTIAL,
                WasteCategory.KITCHEN, ChargeBasis.PER_HOUSEHOLD_MONTH, kg("2"), null, List.of(), null, null, NOW, "bureau"));
        assertEquals("basis", perHousehold.errors().get(0).field());
    }

    @Test
    void aMonthIsCutWhereAVersionStartsAndEachPartIsPricedAsItsDaysAre() {
        List<Tariff> ts = List.of(tiered("A", NOV.atDay(1), 300, 450, 600, NOW), tiered("B", NOV.atDay(16), 320, 480, 640, NOW),
                tiered("C", NOV.plusMonths(1).atDay(1), 1, 2, 3, NOW), tiered("OLD", NOV.minusMonths(2).atDay(1), 1, 2, 3, NOW));
        assertEquals(List.of(NOV.atDay(1), NOV.atDay(16)), Tariff.partsOf(ts, ProducerClass.NON_RESIDENTIAL, WasteCategory.KITCHEN, NOV));
        assertEquals(List.of(NOV.atDay(1)), Tariff.partsOf(ts, ProducerClass.RESIDENTIAL, WasteCategory.KITCHEN, NOV));
        assertTrue(Tariff.chargedByWeight(ts, ProducerClass.NON_RESIDENTIAL, WasteCategory.KITCHEN, NOV));
        assertTrue(!Tariff.chargedByWeight(ts, ProducerClass.RESIDENTIAL, WasteCategory.KITCHEN, NOV));
        assertTrue(!Tariff.chargedByWeight(ts, ProducerClass.NON_RESIDENTIAL, WasteCategory.KITCHEN, NOV.minusMonths(3)), "before every version");

        // day by day: 2,500 on the 2nd and 9th (A), 1,200 on the 15th (A), 900 on the 20th and 700 on the 28th (B), crossing two band ends;
        // the same kilograms summed per part (dated the part's first day) give the same lines, to the gram and the fen
        var byDay = charge(List.of(w(2, "2500"), w(9, "2500"), w(15, "1200"), w(20, "900.5"), w(28, "700.255")), ts);
        var byPart = charge(List.of(w(1, "6200"), w(16, "1600.755")), ts);
        assertEquals(byDay, byPart);
        // A: 3,000 × 300 + 2,000 × 450 + 1,200 × 600; B: 1,600.755 × 640
        assertEquals(kg("900.00").add(kg("900.00")).add(kg("720.00")).add(kg("1024.48")), byPart.totalYuan());
    }
}
