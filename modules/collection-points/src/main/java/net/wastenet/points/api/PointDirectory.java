package net.wastenet.points.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.WasteCategory;

/** Look-ups of districts and collection points for other modules. */
public interface PointDirectory {
    Optional<DistrictSummary> district(String districtCode);

    List<DistrictSummary> districts();

    Optional<PointSummary> point(String pointCode);

    /** A community by its code. */
    Optional<CommunitySummary> community(String communityCode);

    /** Whether the point was in service and ACTIVE on the day (false for an unknown point). */
    boolean isActiveOn(String pointCode, LocalDate day);

    /** Whether the point was active on the day and accepts the category. */
    boolean canReceive(String pointCode, WasteCategory category, LocalDate day);

    /**
     * The communities in service by the end of a period, in a district (null: the whole city), each
     * with its serving points, their categories and whether they were active in the period.
     */
    List<CommunityServed> communitiesServed(String districtCode, DateRange period);

    /**
     * Weighings as they stand now (their current revisions), in id order, the first {@code limit} after
     * {@code afterLogId}: a page of a rebuild of another module's read model.
     */
    List<PointLog> pointLogsAfter(long afterLogId, int limit);

    /** The points of a district (null: the city) with the days of a period each was in service and ACTIVE. */
    List<PointActivity> activity(String districtCode, DateRange period);

    /**
     * Whether the directory (districts, communities, points, their status) changed at or after a time:
     * answers that rest on it (the coverage rate) ask before they reuse what they computed.
     */
    boolean changedSince(java.time.LocalDateTime time);
}
