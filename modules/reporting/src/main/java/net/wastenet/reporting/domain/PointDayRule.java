package net.wastenet.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

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

    /** The days of the window before a day that logged anything: their total, how many, the earliest. */
    public record Window(BigDecimal sumKg, int days, LocalDate earliest) {
        public static final Window EMPTY = new Window(BigDecimal.ZERO, 0, null);
    }

    /** The first day of the window before {@code day}. */
    public static LocalDate windowStart(LocalDate day) {
        return day.minusDays(WINDOW_DAYS);
    }

    /** The verdict for a day: the trailing average it was compared with, if the rule fires. */
    public static Optional<BigDecimal> unusual(LocalDate day, Map<LocalDate, BigDecimal> totalsByDay) {
        NavigableMap<LocalDate, BigDecimal> days = new TreeMap<>(totalsByDay);
        return unusual(day, days.getOrDefault(day, BigDecimal.ZERO), windowBefore(day, days));
    }

    /** The window before a day, from a point's daily totals in day order (days outside the window are passed over). */
    public static Window windowBefore(LocalDate day, NavigableMap<LocalDate, BigDecimal> totalsByDay) {
        BigDecimal sum = BigDecimal.ZERO;
        int days = 0;
        LocalDate earliest = null;
        for (var e : totalsByDay.subMap(windowStart(day), true, day, false).entrySet()) {
            if (e.getValue().signum() > 0) {
                sum = sum.add(e.getValue());
                days++;
                earliest = earliest == null ? e.getKey() : earliest;
            }
        }
        return days == 0 ? Window.EMPTY : new Window(sum, days, earliest);
    }

    /** The verdict for a day's total against the window before it, summed (as the read model's point-day sums answer it). */
    public static Optional<BigDecimal> unusual(LocalDate day, BigDecimal total, Window before) {
        if (before.days() == 0 || before.earliest().isAfter(day.minusDays(MIN_HISTORY_DAYS))) {
            return Optional.empty();
        }
        BigDecimal average = before.sumKg().divide(BigDecimal.valueOf(before.days()), 3, RoundingMode.HALF_UP);
        return total.compareTo(average.multiply(BigDecimal.valueOf(FACTOR))) > 0 ? Optional.of(average) : Optional.empty();
    }
}
