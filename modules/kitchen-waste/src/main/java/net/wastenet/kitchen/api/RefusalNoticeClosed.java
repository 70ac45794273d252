package net.wastenet.kitchen.api;

import java.time.LocalDateTime;

/**
 * Fired, in the writing transaction, when a clean pickup at a point closes a refusal's notice there: the refusal, the
 * point and its district, the manifest of the pickup that closed it, when (the pickup's time), and who recorded the pickup.
 */
public record RefusalNoticeClosed(long refusalId, String pointCode, String districtCode, String closedByManifestNo, LocalDateTime closedAt,
                                  String closedBy) {
}
