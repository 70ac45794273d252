package net.wastenet.quality.api;

import java.time.LocalDate;

/** Fired, in the writing transaction, when a passing re-inspection closes a community's rectification ({@code inspector}: who made it). */
public record RectificationClosed(long rectificationId, String communityCode, String districtCode, long inspectionId,
                                  LocalDate closedOn, String inspector) {
}
