package net.wastenet.points.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import net.wastenet.shared.WasteCategory;

/**
 * The weighings of points as they stand now (current revisions), shared among the communities the points serve: what
 * the charges bill communities for.
 */
public interface PointWeighings {
    /**
     * A community's share of its serving points' weighings of one category in one part of a period ({@code part}: the
     * index of the part's first day in the days the period was cut at).
     */
    record CommunityPart(String communityCode, String districtCode, int part, BigDecimal weightKg) {
    }

    /** Which communities: one district's, the named ones, or the city's. */
    record Communities(String districtCode, Collection<String> codes) {
        public static Communities ofCity() {
            return new Communities(null, null);
        }

        public static Communities ofDistrict(String districtCode) {
            return new Communities(java.util.Objects.requireNonNull(districtCode), null);
        }

        public static Communities named(Collection<String> codes) {
            return new Communities(null, List.copyOf(codes));
        }
    }

    /**
     * The communities' shares of a category's weighings from {@code partStarts[0]} to {@code to} (inclusive), summed per
     * part of the period (part i runs from {@code partStarts[i]} to the day before {@code partStarts[i + 1]}). Each point's
     * day is shared among the communities in service by {@code to} that it serves (whatever their district), in
     * proportion to their households, rounded half up to the gram per point and day. Summed in the database and handed to
     * {@code sink} row by row in community and part order, so that no caller holds more than it keeps; a community without
     * weighings has no row.
     */
    void communityParts(Communities which, WasteCategory category, List<LocalDate> partStarts, LocalDate to, Consumer<CommunityPart> sink);

    /**
     * A serving point's day of one category as it counts for one community: the point's kilograms and weighings that day,
     * the community's households, all the households the point serves, and the community's share (to the gram).
     */
    record PointDayShare(String pointCode, LocalDate day, BigDecimal pointWeightKg, int weighings, int households, int householdsServed,
                         BigDecimal weightKg) {
    }

    /**
     * The point-days behind a community's share of a category from {@code from} to {@code to} (inclusive), as
     * {@link #communityParts} shares them, in day and point order, paged in the database: a statement line's records.
     */
    net.wastenet.shared.Page<PointDayShare> communityDays(String communityCode, WasteCategory category, LocalDate from, LocalDate to,
                                                          net.wastenet.shared.PageRequest page);
}
