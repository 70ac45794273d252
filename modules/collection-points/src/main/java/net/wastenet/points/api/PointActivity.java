package net.wastenet.points.api;

import java.time.LocalDate;
import java.util.List;

/** A point with the days of a period on which it was in service and ACTIVE (the days it was expected to log). */
public record PointActivity(String code, String name, String kind, String districtCode, List<LocalDate> activeDays) {
}
