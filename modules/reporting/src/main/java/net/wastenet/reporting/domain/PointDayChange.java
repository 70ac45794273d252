package net.wastenet.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What one transaction adds to a point's total of a day: kilograms, weighings and how many of them were
 * kitchen waste (a correction adds its new weight and takes off its old one, and moves a weighing into or
 * out of kitchen waste). Changes to one point-day are summed before they are stored, and
 * stored in (point, day) order, so that concurrent writers of one point never deadlock.
 */
public record PointDayChange(String pointCode, LocalDate day, String districtCode, BigDecimal weightKg, int weighings,
                             int kitchenWeighings) {
    private static final Comparator<PointDayChange> ORDER = Comparator.comparing(PointDayChange::pointCode)
            .thenComparing(PointDayChange::day);

    public PointDayChange {
        Objects.requireNonNull(pointCode);
        Objects.requireNonNull(day);
        Objects.requireNonNull(districtCode);
        Objects.requireNonNull(weightKg);
    }

    /** The changes summed per point and day, in (point, day) order; those that change nothing left out. */
    /** The first day of the change's month (the month sums' key). */
    public LocalDate month() {
        return day.withDayOfMonth(1);
    }

    public static List<PointDayChange> combine(List<PointDayChange> changes) {
        Map<PointDayChange, PointDayChange> byKey = new TreeMap<>(ORDER);
        for (PointDayChange c : changes) {
            byKey.merge(c, c, (a, b) -> new PointDayChange(a.pointCode, a.day, a.districtCode, a.weightKg.add(b.weightKg),
                    a.weighings + b.weighings, a.kitchenWeighings + b.kitchenWeighings));
        }
        return byKey.values().stream().filter(c -> c.weightKg.signum() != 0 || c.weighings != 0 || c.kitchenWeighings != 0).toList();
    }
}
