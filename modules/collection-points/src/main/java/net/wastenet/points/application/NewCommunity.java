package net.wastenet.points.application;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /communities}. */
@Schema(name = "NewCommunity", description = "A residential community (居民小区)")
public record NewCommunity(
        @Schema(example = "JJ-C001", required = true) String code,
        @Schema(example = "锦江区春熙花园", required = true) String name,
        @Schema(example = "510104", required = true) String districtCode,
        @Schema(description = "Street or town (街道/镇), optional", example = "春熙路街道", maxLength = 64) String street,
        @Schema(example = "1200", minimum = "0", maximum = "1000000", required = true) Integer households,
        @Schema(example = "3100", minimum = "0", maximum = "1000000", required = true) Integer residents,
        @Schema(description = "Date it came into service; default today", example = "2026-01-01", format = "date") String activeFrom) {
}
