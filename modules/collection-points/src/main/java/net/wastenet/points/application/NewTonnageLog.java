package net.wastenet.points.application;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /tonnage-logs}: one weighing at a point. */
@Schema(name = "NewTonnageLog", description = "One weighing at a collection point")
public record NewTonnageLog(
        @Schema(example = "JJ-P001", required = true) String pointCode,
        @Schema(enumeration = {"RECYCLABLE", "HAZARDOUS", "KITCHEN", "RESIDUAL"}, example = "KITCHEN", required = true) String category,
        @Schema(description = "A material of the category (optional)", example = "HOUSEHOLD_KITCHEN") String material,
        @Schema(description = "Kilograms, > 0 and <= 100000, at most 3 decimals", example = "152.5", required = true) BigDecimal weightKg,
        @Schema(description = "ISO-8601 with offset; not in the future", example = "2026-03-05T08:30:00+08:00", format = "date-time",
                required = true) String weighedAt,
        @Schema(description = "Any string up to 64 characters; a retry with the same key is stored once", example = "scale-7-000123")
        String clientKey) {
}
