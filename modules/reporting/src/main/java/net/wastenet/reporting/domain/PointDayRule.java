package net.wastenet.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The unusual-day rule for a point: a day's total more than {@value #FACTOR} times the point's
 * average logged day over the {@value #WINDOW_DAYS} days before it. It needs history: the point must
 * have logged on a day at least {@value #MIN_HISTORY_DAYS} days before, within the window; days
 * without any entry are not averaged in (a station closed on Sundays is not "low" on Sundays).
 */
public final class PointDayRule {
    public static final int FACTOR = 3;
    public static final int WINDOW_DAYS = 28;
    public static final int MIN_HISTORY_DAYS = 14;

    private PointDayRule() {
    }

    /** The verdict for a day: the trailing average it was compared with, if the rule fires. */
    public static Optional<BigDecimal> unusual(LocalDate day, Map<LocalDate, BigDecimal> totalsByDay) {
        BigDecimal today = totalsByDay.getOrDefault(day, BigDecimal.ZERO);
        LocalDate windowStart = day.minusDays(WINDOW_DAYS);
        BigDecimal sum = BigDecimal.ZERO;
        int days = 0;
        LocalDate earliest = null;
        for (var e : totalsByDay.entrySet()) {
            LocalDate d = e.getKey();
            if (!d.isBefore(windowStart) && d.isBefore(day) && e.getValue().signum() > 0) {
                sum = sum.add(e.getValue());
                days++;
                if (earliest == null || d.isBefore(earliest)) {
                    earliest = d;
                }
            }
        }
        if (days == 0 || earliest.isAfter(day.minusDays(MIN_HISTORY_DAYS))) {
            return Optional.empty();
        }
        BigDecimal average = sum.divide(BigDecimal.valueOf(days), 3, RoundingMode.HALF_UP);
        return today.compareTo(average.multiply(BigDecimal.valueOf(FACTOR))) > 0 ? Optional.of(average) : Optional.empty();
    }
}
