package net.wastenet.reporting.api;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A soft warning raised for the first time ({@code kind}: POINT_DAY_UNUSUAL, MANIFEST_DISCREPANCY, FACILITY_OVER_CAPACITY, RECTIFICATION_OVERDUE). */
public record WarningRaised(long id, String kind, String districtCode, LocalDate day, String recordRef, String messageEn,
                            String messageZh, LocalDateTime raisedAt) {
}
