package net.wastenet.quality.api;

import java.time.LocalDate;

/** Fired, in the writing transaction, when a failed inspection opens a rectification for a community. */
public record RectificationOpened(long rectificationId, String communityCode, String districtCode, long inspectionId,
                                  LocalDate openedOn, LocalDate dueDate) {
}
