package net.wastenet.reporting.api;

import java.time.LocalDateTime;

/** A district's monthly return locked by the bureau: its figures are signed and the period closed to records. */
public record ReturnLocked(String districtCode, String period, LocalDateTime lockedAt, String lockedBy) {
}
