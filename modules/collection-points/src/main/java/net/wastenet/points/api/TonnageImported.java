package net.wastenet.points.api;

import java.time.LocalDate;
import java.util.Set;

/** Fired once at the end of an import chunk's transaction: the point-days it added weighings to. */
public record TonnageImported(Set<PointDay> pointDays) {
    public record PointDay(String pointCode, String districtCode, LocalDate day) {
    }
}
