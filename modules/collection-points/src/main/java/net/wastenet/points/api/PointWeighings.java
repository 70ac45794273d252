package net.wastenet.points.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.wastenet.shared.WasteCategory;

/** The weighings of points as they stand now (current revisions), summed by point, day and category: what the charges bill communities for. */
public interface PointWeighings {
    /** A point's weighed kilograms of a category on a day. */
    record PointDay(String pointCode, LocalDate day, WasteCategory category, BigDecimal weightKg) {
    }

    /** The given points' weighings from {@code from} to {@code to} (inclusive), summed in the database; none for no points. */
    List<PointDay> daily(java.util.Collection<String> pointCodes, LocalDate from, LocalDate to);
}
