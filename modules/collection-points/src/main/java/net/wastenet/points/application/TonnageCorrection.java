package net.wastenet.points.application;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /tonnage-logs/{id}/corrections}: the values that change, and why; optionally
 * the revision the user saw ({@code basedOnRevision}), so that a correction made meanwhile by someone
 * else answers 409 instead of being silently corrected over.
 */
@Schema(name = "TonnageCorrection", description = "A correction: at least one of weightKg, category, material, and a reason")
public record TonnageCorrection(
        @Schema(example = "125.0") BigDecimal weightKg,
        @Schema(enumeration = {"RECYCLABLE", "HAZARDOUS", "KITCHEN", "RESIDUAL"}) String category,
        @Schema(example = "HOUSEHOLD_KITCHEN") String material,
        @Schema(example = "秤读数录入错误 / scale reading mistyped", required = true) String reason,
        @Schema(example = "1", description = "The revision this correction was made from; 409 if the record has been corrected since")
        Integer basedOnRevision) {
}
