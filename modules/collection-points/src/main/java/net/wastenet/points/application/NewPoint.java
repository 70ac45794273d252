package net.wastenet.points.application;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /points}. */
@Schema(name = "NewPoint", description = "A collection point of either network")
public record NewPoint(
        @Schema(example = "JJ-P901", required = true) String code,
        @Schema(example = "春熙花园东门投放点", required = true) String name,
        @Schema(enumeration = {"SORTING_POINT", "COLLECTION_STATION", "RECYCLING_OUTLET", "MERGED_SERVICE_POINT"},
                example = "SORTING_POINT", required = true) String kind,
        @Schema(example = "510104", required = true) String districtCode,
        @Schema(example = "30.657", required = true) BigDecimal latitude,
        @Schema(example = "104.081", required = true) BigDecimal longitude,
        @Schema(description = "RECYCLABLE, HAZARDOUS, KITCHEN, RESIDUAL", example = "[\"RECYCLABLE\",\"HAZARDOUS\",\"KITCHEN\",\"RESIDUAL\"]",
                required = true) List<String> acceptedCategories,
        @Schema(description = "Codes of the communities this point serves", example = "[\"JJ-C001\"]") List<String> servedCommunities,
        @Schema(description = "Date it came into service; default today", example = "2026-01-01", format = "date") String activeFrom) {
}
