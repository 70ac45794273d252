package net.wastenet.charges.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import net.wastenet.recyclables.api.FacilityKind;

/**
 * 生活垃圾跨区（市）县处理环境补偿: for a month, each district whose waste a plant in another district received pays that
 * district the attributed tonnes × the rate for the plant's kind valid on the month's last day (as the indicators use
 * the definition set in effect on a period's last day), rounded half up to the fen on each (payer, host, facility) line.
 * Waste treated in its own district pays nothing; a district that sent nothing owes nothing. A district's owed is the
 * sum of its lines as payer, received the sum as host, net = received − owed.
 */
public final class Compensation {
    private Compensation() {
    }

    /** Kilograms of a sending district received at a plant (the indicators' attribution). */
    public record Intake(String districtCode, String facilityCode, FacilityKind facilityKind, String facilityDistrictCode,
                         BigDecimal weightKg) {
    }

    /** What one district pays another for one plant's intake. */
    public record Line(String payerDistrictCode, String hostDistrictCode, String facilityCode, String facilityKind, BigDecimal weightKg,
                       BigDecimal yuanPerTonne, BigDecimal amountYuan) {
    }

    /** A district's balance. */
    public record DistrictBalance(String districtCode, BigDecimal owedYuan, BigDecimal receivedYuan, BigDecimal netYuan) {
    }

    /** The month's lines, in payer, host, facility order; intake at a kind without a rate valid then pays nothing and shows no line. */
    public static List<Line> lines(YearMonth month, List<Intake> intake, List<CompensationRate> rates) {
        List<Line> out = new ArrayList<>();
        for (Intake i : intake) {
            if (i.facilityDistrictCode() == null || i.facilityDistrictCode().equals(i.districtCode()) || i.weightKg().signum() <= 0) {
                continue;
            }
            Optional<CompensationRate> rate = CompensationRate.validOn(rates, i.facilityKind(), month.atEndOfMonth());
            if (rate.isEmpty()) {
                continue;
            }
            BigDecimal r = rate.get().yuanPerTonne();
            out.add(new Line(i.districtCode(), i.facilityDistrictCode(), i.facilityCode(), i.facilityKind().name(), i.weightKg(), r,
                    Yuan.perTonne(i.weightKg(), r)));
        }
        out.sort(Comparator.comparing(Line::payerDistrictCode).thenComparing(Line::hostDistrictCode).thenComparing(Line::facilityCode));
        return out;
    }

    /** Each district's owed, received and net over the lines, for the districts named (all with zeros when they have no line). */
    public static List<DistrictBalance> balances(List<Line> lines, List<String> districts) {
        Map<String, BigDecimal[]> by = new TreeMap<>();
        districts.forEach(d -> by.put(d, new BigDecimal[] {Yuan.zero(), Yuan.zero()}));
        for (Line l : lines) {
            BigDecimal[] payer = by.computeIfAbsent(l.payerDistrictCode(), d -> new BigDecimal[] {Yuan.zero(), Yuan.zero()});
            payer[0] = payer[0].add(l.amountYuan());
            BigDecimal[] host = by.computeIfAbsent(l.hostDistrictCode(), d -> new BigDecimal[] {Yuan.zero(), Yuan.zero()});
            host[1] = host[1].add(l.amountYuan());
        }
        List<DistrictBalance> out = new ArrayList<>();
        by.forEach((d, v) -> out.add(new DistrictBalance(d, v[0], v[1], v[1].subtract(v[0]))));
        return out;
    }
}
