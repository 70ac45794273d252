package net.wastenet.points.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import net.wastenet.shared.WasteCategory;

/**
 * A community with the points that serve it, as the coverage rate needs them: each serving point's
 * categories and whether it was active on at least one day of the period asked about.
 */
public record CommunityServed(String code, String name, String districtCode, int households, LocalDate activeFrom,
                              List<ServingPoint> servingPoints) {
    /** A point serving the community. */
    public record ServingPoint(String code, String districtCode, Set<WasteCategory> acceptedCategories, boolean activeInPeriod) {
    }
}
