package net.wastenet.charges.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Cross-district compensation, worked out by hand. */
class CompensationTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 8, 0);
    static final YearMonth NOV = YearMonth.of(2026, 11);

    static CompensationRate rate(LocalDate from, FacilityKind kind, String yuan, LocalDateTime at) {
        return CompensationRate.set(from, kind, new BigDecimal(yuan), null, null, at, "bureau");
    }

    @Test
    void eachPairPaysTheAttributedTonnesTimesTheRateValidOnTheMonthsLastDayToTheFen() {
        var rates = List.of(rate(LocalDate.of(2026, 1, 1), FacilityKind.INCINERATION_PLANT, "80", NOW),
                rate(NOV.atDay(20), FacilityKind.INCINERATION_PLANT, "85.50", NOW),
                rate(LocalDate.of(2026, 1, 1), FacilityKind.KITCHEN_WASTE_PLANT, "60", NOW));
        var intake = List.of(
                new Compensation.Intake("510104", "WX-INC01", FacilityKind.INCINERATION_PLANT, "510112", new BigDecimal("182000.125")),
                new Compensation.Intake("510112", "WX-INC01", FacilityKind.INCINERATION_PLANT, "510112", new BigDecimal("50000")),
                new Compensation.Intake("510104", "QL-KW01", FacilityKind.KITCHEN_WASTE_PLANT, "510183", new BigDecimal("1234.567")));
        var lines = Compensation.lines(NOV, intake, rates);
        assertEquals(2, lines.size(), "waste treated at home pays nothing");
        // 182,000.125 kg × 85.50 ÷ 1000 = 15,561.0106875 → 15,561.01; 1,234.567 × 60 ÷ 1000 = 74.07402 → 74.07
        assertEquals(new BigDecimal("15561.01"), lines.get(0).amountYuan());
        assertEquals("510112", lines.get(0).hostDistrictCode());
        assertEquals(new BigDecimal("74.07"), lines.get(1).amountYuan());
        var balances = Compensation.balances(lines, List.of("510104", "510112", "510183", "510131"));
        var jinjiang = balances.stream().filter(b -> b.districtCode().equals("510104")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("15635.08"), jinjiang.owedYuan());
        assertEquals(new BigDecimal("-15635.08"), jinjiang.netYuan());
        var pujiang = balances.stream().filter(b -> b.districtCode().equals("510131")).findFirst().orElseThrow();
        assertEquals(new BigDecimal("0.00"), pujiang.owedYuan(), "a district that sends nothing owes nothing");
        assertEquals(new BigDecimal("0.00"), pujiang.netYuan());
    }

    @Test
    void aRateIsOnlyForPlantsThatTreatOrDisposeOfWaste() {
        var e = assertThrows(InvalidInputException.class, () -> rate(NOV.atDay(1), FacilityKind.SORTING_CENTRE, "10", NOW));
        assertEquals("facilityKind", e.errors().get(0).field());
        assertEquals("yuanPerTonne", assertThrows(InvalidInputException.class,
                () -> rate(NOV.atDay(1), FacilityKind.LANDFILL, "10.001", NOW)).errors().get(0).field());
    }
}
