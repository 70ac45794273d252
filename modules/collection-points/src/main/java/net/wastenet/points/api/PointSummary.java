package net.wastenet.points.api;

import java.time.LocalDate;
import java.util.Set;
import net.wastenet.shared.WasteCategory;

/** A collection point as other modules see it. */
public record PointSummary(String code, String name, String kind, String districtCode,
                           Set<WasteCategory> acceptedCategories, Set<String> servedCommunities, LocalDate activeFrom) {
}
