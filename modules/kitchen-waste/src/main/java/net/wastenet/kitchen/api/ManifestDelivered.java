package net.wastenet.kitchen.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.wastenet.recyclables.api.SourceKind;

/**
 * Fired, in the writing transaction, when a plant's weighbridge closes a manifest: {@code deliveredKg}
 * is the manifest's share of the weighed load, {@code discrepancyKg} the whole delivery's
 * ({@code deliveryNo}: one weighing may close several manifests).
 */
public record ManifestDelivered(String manifestNo, String deliveryNo, SourceKind sourceKind, String sourceCode, String sourceDistrictCode,
                                String facilityCode, LocalDate day, BigDecimal pickedUpKg, BigDecimal deliveredKg,
                                BigDecimal discrepancyKg, boolean discrepancyFlag) {
}
