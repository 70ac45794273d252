package net.wastenet.recyclables.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Fired, in the writing transaction, for every receipt into a facility and every product out of one.
 * {@code sourceKind} is POINT, DISTRICT, PRODUCER or FACILITY (null for a product).
 */
public record ReceiptRecorded(long movementId, String kind, String toFacilityCode, String toFacilityKind,
                              String fromFacilityCode, String fromFacilityKind, String sourceKind,
                              String sourceDistrictCode, boolean residue, String category, String material,
                              LocalDate day, BigDecimal weightKg) {
}
