package net.wastenet.points.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /points/{code}/status}. */
@Schema(name = "StatusChange", description = "A point's new status from a date on")
public record StatusChange(
        @Schema(enumeration = {"ACTIVE", "SUSPENDED", "CLOSED"}, example = "SUSPENDED", required = true) String status,
        @Schema(example = "2026-03-10", format = "date", required = true) String effectiveFrom,
        @Schema(example = "渗滤液收集池维修 / leachate tank repair", required = true) String reason) {
}
