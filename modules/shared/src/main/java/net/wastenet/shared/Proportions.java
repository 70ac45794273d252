package net.wastenet.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a weight over parts in proportion to their weights, exact to the gram: each part gets its
 * share rounded down, and the grams left over go one each to the largest remainders (ties by key),
 * so the parts always add up to the whole.
 */
public final class Proportions {
    private Proportions() {
    }

    /** Returns an empty map when the weights add up to nothing. */
    public static <K extends Comparable<K>> Map<K, BigDecimal> split(Map<K, BigDecimal> weights, BigDecimal amountKg) {
        BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return Map.of();
        }
        long grams = amountKg.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
        record Part<K>(K key, long grams, BigDecimal remainder) {
        }
        List<Part<K>> parts = new ArrayList<>();
        long assigned = 0;
        for (var e : weights.entrySet()) {
            BigDecimal exact = BigDecimal.valueOf(grams).multiply(e.getValue()).divide(total, 9, RoundingMode.HALF_UP);
            long floor = exact.setScale(0, RoundingMode.FLOOR).longValue();
            parts.add(new Part<>(e.getKey(), floor, exact.subtract(BigDecimal.valueOf(floor))));
            assigned += floor;
        }
        long left = grams - assigned;
        parts.sort(Comparator.<Part<K>, BigDecimal>comparing(Part::remainder).reversed().thenComparing(Part::key));
        Map<K, BigDecimal> result = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Part<K> p = parts.get(i);
            result.put(p.key(), BigDecimal.valueOf(p.grams() + (i < left ? 1 : 0)).movePointLeft(3));
        }
        return result;
    }
}
