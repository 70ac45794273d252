package net.wastenet.recyclables.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a facility sends on belongs to the districts it came from, in proportion to what the
 * facility received from each in the period. Shares are exact to the gram: each district gets its
 * share rounded down, and the grams left over go to the largest remainders, so the parts always add
 * up to the whole.
 */
public final class Attribution {
    private Attribution() {
    }

    /**
     * Splits {@code amountKg} over districts in proportion to {@code receivedKgByDistrict}.
     * Returns an empty map when nothing was received from any district.
     */
    public static Map<String, BigDecimal> proportional(Map<String, BigDecimal> receivedKgByDistrict, BigDecimal amountKg) {
        BigDecimal total = receivedKgByDistrict.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return Map.of();
        }
        long grams = amountKg.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
        record Part(String district, long grams, BigDecimal remainder) {
        }
        List<Part> parts = new ArrayList<>();
        long assigned = 0;
        for (var e : receivedKgByDistrict.entrySet()) {
            BigDecimal exact = BigDecimal.valueOf(grams).multiply(e.getValue()).divide(total, 9, RoundingMode.HALF_UP);
            long floor = exact.setScale(0, RoundingMode.FLOOR).longValue();
            parts.add(new Part(e.getKey(), floor, exact.subtract(BigDecimal.valueOf(floor))));
            assigned += floor;
        }
        long left = grams - assigned;
        parts.sort(Comparator.comparing(Part::remainder).reversed().thenComparing(Part::district));
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            long g = p.grams() + (i < left ? 1 : 0);
            result.put(p.district(), BigDecimal.valueOf(g).movePointLeft(3));
        }
        return result;
    }
}
