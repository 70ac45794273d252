package net.wastenet.kitchen.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.wastenet.recyclables.api.SourceKind;

/** Fired, in the writing transaction, when a plant's weighbridge closes a manifest. */
public record ManifestDelivered(String manifestNo, SourceKind sourceKind, String sourceCode, String sourceDistrictCode,
                                String facilityCode, LocalDate day, BigDecimal pickedUpKg, BigDecimal deliveredKg,
                                BigDecimal discrepancyKg, boolean discrepancyFlag) {
}
