package net.wastenet.points.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /districts}. */
@Schema(name = "NewDistrict", description = "A county-level division or functional zone")
public record NewDistrict(
        @Schema(description = "GB/T 2260 code, 6 digits", example = "510104", pattern = "^[0-9]{6}$", required = true) String code,
        @Schema(example = "锦江区", maxLength = 64, required = true) String nameZh,
        @Schema(example = "Jinjiang", maxLength = 64, required = true) String nameEn,
        @Schema(enumeration = {"DISTRICT", "COUNTY", "COUNTY_CITY", "FUNCTIONAL_ZONE"}, example = "DISTRICT", required = true) String kind,
        @Schema(description = "Part of the \"12+2\" central city", example = "true") Boolean centralCity) {
}
