package net.wastenet.recyclables.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Fired, in the writing transaction, for every receipt into a facility and every product out of one.
 * {@code kind} is RECEIPT or PRODUCT; a product has no receiving facility and no source.
 */
public record ReceiptRecorded(long movementId, String kind, String toFacilityCode, FacilityKind toFacilityKind,
                              String fromFacilityCode, FacilityKind fromFacilityKind, SourceKind sourceKind,
                              String sourceDistrictCode, boolean residue, String category, String material,
                              LocalDate day, BigDecimal weightKg) {
}
