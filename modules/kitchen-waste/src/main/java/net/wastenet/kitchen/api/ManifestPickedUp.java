package net.wastenet.kitchen.api;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import net.wastenet.recyclables.api.SourceKind;
import net.wastenet.shared.Material;

/**
 * Fired, in the writing transaction, when a hauler picks up kitchen waste at a source and the manifest
 * opens: where from, by whom, how much, and the plant it must be delivered to.
 */
public record ManifestPickedUp(String manifestNo, String haulerCode, String vehicleCode, SourceKind sourceKind, String sourceCode,
                               String sourceDistrictCode, Material material, BigDecimal weightKg, LocalDateTime pickedUpAt,
                               String destinationFacilityCode) {
}
