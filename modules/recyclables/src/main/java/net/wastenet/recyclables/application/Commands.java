package net.wastenet.recyclables.application;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the module's endpoints take. */
public final class Commands {
    private Commands() {
    }

    @Schema(name = "NewFacility", description = "A facility of the chain with its design capacity")
    public record NewFacility(
            @Schema(example = "QL-KW01", required = true) String code,
            @Schema(example = "邛崃餐厨废弃物处置厂", required = true) String name,
            @Schema(enumeration = {"SORTING_CENTRE", "RECYCLING_PROCESSOR", "KITCHEN_WASTE_PLANT", "INCINERATION_PLANT",
                "LANDFILL", "HAZARDOUS_WASTE_FACILITY"}, example = "KITCHEN_WASTE_PLANT", required = true) String kind,
            @Schema(example = "510183", required = true) String districtCode,
            @Schema(description = "tonnes a day, greater than 0, at most 20000", example = "100", minimum = "0", exclusiveMinimum = true,
                    maximum = "20000", required = true) BigDecimal designCapacityTonnesPerDay,
            @Schema(example = "30.41") BigDecimal latitude,
            @Schema(example = "103.46") BigDecimal longitude,
            @Schema(description = "Materials it takes; empty or absent: any of its kind's categories",
                    example = "[\"PAPER\"]") List<String> acceptedMaterials,
            @Schema(description = "Date it came into service; default today", example = "2025-01-01", format = "date") String activeFrom) {
    }

    @Schema(name = "CapacityChange", description = "A new design capacity from a date on")
    public record CapacityChange(
            @Schema(description = "tonnes a day, greater than 0, at most 20000", example = "5400", minimum = "0", exclusiveMinimum = true,
                    maximum = "20000", required = true) BigDecimal designCapacityTonnesPerDay,
            @Schema(example = "2026-09-01", format = "date", required = true) String effectiveFrom,
            @Schema(example = "二期投运 / phase 2 in service", required = true) String reason) {
    }

    @Schema(name = "NewTransfer", description = "Recyclables moved from a point or a facility to a facility, weighed on arrival")
    public record NewTransfer(
            @Schema(description = "the point it came from (or fromFacilityCode)", example = "JJ-R01") String fromPointCode,
            @Schema(description = "the facility it came from (or fromPointCode)", example = "JJ-SC01") String fromFacilityCode,
            @Schema(example = "JJ-SC01", required = true) String toFacilityCode,
            @Schema(example = "PAPER", required = true) String material,
            @Schema(example = "1250.5", required = true) BigDecimal weightKg,
            @Schema(example = "2026-03-05T10:15:00+08:00", format = "date-time", required = true) String transferredAt,
            @Schema(example = "wb-sc01-000981") String clientKey) {
    }

    @Schema(name = "NewReceipt", description = "Intake at a plant not fed by manifests or transfers")
    public record NewFacilityReceipt(
            @Schema(example = "2026-03-05", format = "date", required = true) String date,
            @Schema(enumeration = {"RECYCLABLE", "HAZARDOUS", "KITCHEN", "RESIDUAL"}, example = "RESIDUAL", required = true) String category,
            @Schema(example = "BATTERY") String material,
            @Schema(description = "the district whose collection brought it (or fromFacilityCode)", example = "510104") String sourceDistrictCode,
            @Schema(description = "the facility whose residue it is (or sourceDistrictCode)", example = "JJ-SC01") String fromFacilityCode,
            @Schema(example = "24800", required = true) BigDecimal weightKg,
            @Schema(example = "wb-wx-20260305-0412") String clientKey) {
    }

    @Schema(name = "NewOutput", description = "What a facility sends on: a product sold, or a residue to a disposal facility")
    public record NewOutput(
            @Schema(example = "2026-03-05", format = "date", required = true) String date,
            @Schema(enumeration = {"PRODUCT", "RESIDUE"}, example = "PRODUCT", required = true) String kind,
            @Schema(description = "for a residue: where it goes", example = "WX-INC01") String toFacilityCode,
            @Schema(example = "PAPER") String material,
            @Schema(description = "for a product: what it is", example = "打包废纸 / baled paper", maxLength = 128) String product,
            @Schema(example = "8200", required = true) BigDecimal weightKg,
            @Schema(example = "sc01-out-0042") String clientKey) {
    }

    @Schema(name = "StockReport", description = "What the facility holds at the end of a day")
    public record NewStockReport(
            @Schema(example = "2026-03-31", format = "date", required = true) String date,
            @Schema(example = "15400", minimum = "0", maximum = "100000000", required = true) BigDecimal stockKg) {
    }

    @Schema(name = "AlertConfirmation", description = "Confirming a warning needs a comment")
    public record Confirmation(@Schema(example = "检修后处理能力临时提高 / temporary extra line after maintenance", required = true) String comment) {
    }
}
