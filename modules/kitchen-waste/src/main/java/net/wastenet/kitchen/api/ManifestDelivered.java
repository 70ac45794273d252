package net.wastenet.kitchen.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Fired, in the writing transaction, when a plant's weighbridge closes a manifest. */
public record ManifestDelivered(String manifestNo, String sourceKind, String sourceCode, String sourceDistrictCode,
                                String facilityCode, LocalDate day, BigDecimal pickedUpKg, BigDecimal deliveredKg,
                                BigDecimal discrepancyKg, boolean discrepancyFlag) {
}
