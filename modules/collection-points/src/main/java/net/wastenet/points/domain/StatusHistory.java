package net.wastenet.points.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import net.wastenet.shared.DateRange;

/**
 * A point's status over time, from its dated changes: the rule behind "active on a day" and "active
 * on at least one day of a period", usable on a point's entity and on rows read in bulk (the coverage
 * of a whole city reads 30,000 points' histories at once, without loading them as entities).
 */
public final class StatusHistory {
    private StatusHistory() {
    }

    /** One dated change. */
    public record Entry(PointStatus status, LocalDate effectiveFrom, LocalDateTime recordedAt) {
    }

    private static final Comparator<Entry> LATEST = Comparator.comparing(Entry::effectiveFrom).thenComparing(Entry::recordedAt);

    /** The status on a day, or {@code null} before the first change: the latest change effective on or before it (same day: recorded last). */
    public static PointStatus on(List<Entry> changes, LocalDate day) {
        return changes.stream().filter(c -> !c.effectiveFrom().isAfter(day)).max(LATEST).map(Entry::status).orElse(null);
    }

    /**
     * Whether the status was ACTIVE on at least one day of the period. The status only changes on the days
     * of changes, so it is enough to look at the first day and at each change day inside the period.
     */
    public static boolean activeDuring(List<Entry> changes, DateRange period) {
        if (on(changes, period.from()) == PointStatus.ACTIVE) {
            return true;
        }
        return changes.stream().map(Entry::effectiveFrom)
                .filter(d -> d.isAfter(period.from()) && !d.isAfter(period.to()))
                .distinct()
                .anyMatch(d -> on(changes, d) == PointStatus.ACTIVE);
    }

    /** The days of the period on which the status was ACTIVE, in order. */
    public static List<LocalDate> activeDays(List<Entry> changes, DateRange period) {
        List<LocalDate> days = new java.util.ArrayList<>();
        for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
            if (on(changes, d) == PointStatus.ACTIVE) {
                days.add(d);
            }
        }
        return days;
    }
}
