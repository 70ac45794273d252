package net.wastenet.quality.api;

import java.time.LocalDate;

/** Fired, in the writing transaction, when the district's officer records a rectification as done. */
public record RectificationCompleted(long rectificationId, String communityCode, String districtCode, LocalDate completedOn,
                                     LocalDate dueDate) {
}
