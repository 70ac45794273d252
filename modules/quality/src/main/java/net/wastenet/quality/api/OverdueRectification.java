package net.wastenet.quality.api;

import java.time.LocalDate;

/**
 * A rectification overdue on a day, as other modules see it: its community and district, the failed inspection that
 * opened it, its due date and where it stands ({@code OPEN}, or {@code COMPLETED} too late: only a passing re-inspection
 * ends it).
 */
public record OverdueRectification(long rectificationId, String communityCode, String districtCode, long openedByInspection,
                                   LocalDate openedOn, LocalDate dueDate, String status) {
}
