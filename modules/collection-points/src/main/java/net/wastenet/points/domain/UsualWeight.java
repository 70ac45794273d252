package net.wastenet.points.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What a point usually weighs in one category: the median of its weighings over the last
 * {@link #DAYS} days, and the weight above which a worker is asked to look again before sending
 * ({@link #askAboveKg}). A weighing above that is not refused (a point may have a big day): it is
 * questioned, because a slipped decimal (99,999 for 99.999) is the common mistake.
 *
 * <p>With at least {@link #MIN_WEIGHINGS} weighings the threshold is {@link #FACTOR} times the median,
 * never below {@link #FLOOR_KG}; with fewer, there is no usual yet and the threshold is
 * {@link #WITHOUT_HISTORY_KG}, more than a point's bins hold in a day.
 */
public record UsualWeight(int days, int weighings, BigDecimal medianKg, BigDecimal largestKg, BigDecimal askAboveKg) {
    public static final int DAYS = 28;
    public static final int MIN_WEIGHINGS = 5;
    public static final BigDecimal FACTOR = BigDecimal.valueOf(3);
    public static final BigDecimal FLOOR_KG = BigDecimal.valueOf(50);
    public static final BigDecimal WITHOUT_HISTORY_KG = BigDecimal.valueOf(1000);

    /** The usual weight from the weighings of the last {@link #DAYS} days (any order). */
    public static UsualWeight of(List<BigDecimal> weights) {
        List<BigDecimal> sorted = weights.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            return new UsualWeight(DAYS, 0, null, null, WITHOUT_HISTORY_KG);
        }
        BigDecimal median = n % 2 == 1 ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 3, RoundingMode.HALF_UP);
        median = median.setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        BigDecimal ask = n < MIN_WEIGHINGS ? WITHOUT_HISTORY_KG : median.multiply(FACTOR).max(FLOOR_KG).stripTrailingZeros();
        return new UsualWeight(DAYS, n, median, sorted.get(n - 1).stripTrailingZeros(), ask);
    }

    /** Whether a weight is far enough above the usual that the worker should confirm it. */
    public boolean questions(BigDecimal weightKg) {
        return weightKg.compareTo(askAboveKg) > 0;
    }
}
