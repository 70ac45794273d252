package net.wastenet.recyclables.api;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * A receipt another module records into a facility, in its own transaction. Exactly one source:
 * a point (new waste, {@code sourceDistrictCode} is the point's district), a producer (new waste,
 * its district), or another facility (its output or residue, never new waste).
 *
 * @param reference the other module's record (a manifest number), shown with the receipt
 */
public record NewReceipt(String facilityCode, LocalDateTime receivedAt, String category, String material,
                         String fromPointCode, String producerDistrictCode, String fromFacilityCode, boolean residue,
                         BigDecimal weightKg, String reference, String clientKey) {
}
