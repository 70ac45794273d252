package net.wastenet.kitchen.application;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The bodies the module's endpoints take. */
public final class Commands {
    private Commands() {
    }

    @Schema(name = "NewHauler")
    public record NewHauler(@Schema(example = "H01", required = true) String code,
                            @Schema(example = "成都环境集团收运一公司", required = true) String name) {
    }

    @Schema(name = "NewVehicle")
    public record NewVehicle(@Schema(description = "the plate: any text of at most 32 characters", example = "川A12345", minLength = 1, maxLength = 32,
                                     required = true) String code,
                             @Schema(example = "H01", required = true) String haulerCode,
                             @Schema(description = "greater than 0, at most 60000", example = "8000", minimum = "0", exclusiveMinimum = true, maximum = "60000",
                                     required = true) BigDecimal capacityKg) {
    }

    @Schema(name = "NewProducer", description = "A registered producer: restaurant, canteen or market")
    public record NewProducer(@Schema(example = "JJ-R0001", required = true) String code,
                              @Schema(example = "春熙路火锅店", required = true) String name,
                              @Schema(enumeration = {"RESTAURANT", "CANTEEN", "MARKET"}, example = "RESTAURANT", required = true) String kind,
                              @Schema(example = "510104", required = true) String districtCode,
                              @Schema(example = "2026-01-01", format = "date") String activeFrom) {
    }

    @Schema(name = "RouteStop")
    public record Stop(@Schema(example = "JJ-P001") String pointCode, @Schema(example = "JJ-R0001") String producerCode) {
    }

    @Schema(name = "NewRoute", description = "A hauler's route: its sources in order")
    public record NewRoute(@Schema(example = "H01-JJ-1", required = true) String code,
                           @Schema(example = "锦江一线", required = true) String name,
                           @Schema(example = "H01", required = true) String haulerCode,
                           @Schema(required = true) List<Stop> stops,
                           @Schema(description = "the kitchen-waste plant the route's loads go to (a pickup on its runs names it)",
                                   example = "QL-KW01") String destinationFacilityCode) {
    }

    @Schema(name = "NewRun", description = "A vehicle on a route on a day")
    public record NewRun(@Schema(example = "H01-JJ-1", required = true) String routeCode,
                         @Schema(example = "川A12345", required = true) String vehicleCode,
                         @Schema(example = "2026-03-05", format = "date", required = true) String date) {
    }

    @Schema(name = "Pickup", description = "The hauler signs for a load at its source: a point or a producer")
    public record Pickup(@Schema(example = "JJ-P001") String sourcePointCode,
                         @Schema(description = "or a registered producer", example = "JJ-R0001") String producerCode,
                         @Schema(example = "H01", required = true) String haulerCode,
                         @Schema(example = "川A12345", required = true) String vehicleCode,
                         @Schema(example = "640.5", required = true) BigDecimal weightKg,
                         @Schema(example = "2026-03-05T07:40:00+08:00", format = "date-time", required = true) String pickedUpAt,
                         @Schema(description = "the run this pickup belongs to", minimum = "1") Long runId,
                         @Schema(description = "who handed it over at the source", example = "张师傅", maxLength = 64) String handedOverBy,
                         @Schema(example = "h01-a12345-20260305-07") String clientKey,
                         @Schema(description = "the kitchen-waste plant the load goes to; without it, the plant of the run's route "
                                 + "(or of the hauler's one route that visits the source and names a plant)", example = "QL-KW01")
                         String destinationFacilityCode) {
    }

    @Schema(name = "Diversion", description = "The hauler sends an open load to another kitchen-waste plant, with a reason")
    public record Diversion(@Schema(example = "JY-KW01", required = true) String toFacilityCode,
                            @Schema(example = "邛崃厂检修，改送简阳", required = true) String reason) {
    }

    @Schema(name = "Delivery", description = "The plant's weighbridge weight for the load")
    public record Delivery(@Schema(example = "QL-KW01", required = true) String facilityCode,
                           @Schema(example = "652.0", required = true) BigDecimal weightKg,
                           @Schema(example = "2026-03-05T11:20:00+08:00", format = "date-time", required = true) String deliveredAt,
                           @Schema(description = REJECTED_KG, example = "120.5") BigDecimal rejectedKg,
                           @Schema(description = "why the part was rejected (with rejectedKg)", example = "混有大量塑料袋和玻璃") String rejectionReason,
                           @Schema(description = "the incineration plant or landfill the rejected part goes to (with rejectedKg)",
                                   example = "WX-INC01") String rejectedToFacilityCode) {
    }

    static final String REJECTED_KG = "the part the plant rejects for contamination, at most the weighbridge weight; the rest is received "
            + "as kitchen waste, the rejected part as residual waste at rejectedToFacilityCode. All three rejection fields or none";

    @Schema(name = "MultiDelivery", description = "One weighbridge weight for a vehicle's load of several manifests")
    public record MultiDelivery(@Schema(example = "QL-KW01", required = true) String facilityCode,
                                @Schema(example = "5200", required = true) BigDecimal weightKg,
                                @Schema(example = "2026-03-05T11:20:00+08:00", format = "date-time", required = true) String deliveredAt,
                                @Schema(required = true) List<String> manifestNos,
                                @Schema(description = REJECTED_KG + "; shared over the manifests as the weight is", example = "400")
                                BigDecimal rejectedKg,
                                @Schema(description = "why the part was rejected (with rejectedKg)", example = "混有大量塑料袋和玻璃") String rejectionReason,
                                @Schema(description = "the incineration plant or landfill the rejected part goes to (with rejectedKg)",
                                        example = "WX-INC01") String rejectedToFacilityCode) {
    }

    @Schema(name = "NewRefusal", description = "The hauler refuses a point's kitchen waste at pickup for contamination (不合格不收运)")
    public record NewRefusal(@Schema(example = "JJ-P001", required = true) String sourcePointCode,
                             @Schema(example = "H01", required = true) String haulerCode,
                             @Schema(example = "2026-03-05T07:40:00+08:00", format = "date-time", required = true) String refusedAt,
                             @Schema(example = "厨余桶内混有大量塑料袋", required = true) String reason,
                             @Schema(description = "photos the hauler uploaded (POST /photos), possibly none", required = true)
                             List<Long> photoIds,
                             @Schema(example = "h01-refusal-jj-p001-20260305") String clientKey) {
    }

    @Schema(name = "ResidueSent")
    public record Residue(@Schema(example = "WX-INC01", required = true) String toFacilityCode,
                          @Schema(description = "0 to 10000000, at most 3 decimals", example = "9000", minimum = "0", maximum = "10000000",
                                  required = true) BigDecimal weightKg) {
    }

    @Schema(name = "NewTreatment", description = "A day's treatment at a kitchen-waste plant")
    public record NewTreatment(@Schema(example = "QL-KW01", required = true) String facilityCode,
                               @Schema(example = "2026-03-05", format = "date", required = true) String date,
                               @Schema(description = "greater than 0, at most 10000000", example = "95000", minimum = "0", exclusiveMinimum = true,
                                       maximum = "10000000", required = true) BigDecimal inputKg,
                               @Schema(description = "0 to 10000000, at most the input", example = "9000", minimum = "0", maximum = "10000000",
                                       required = true) BigDecimal impuritiesKg,
                               @Schema(example = "7600", minimum = "0", maximum = "10000000") BigDecimal biogasNm3,
                               @Schema(example = "2800", minimum = "0", maximum = "10000000") BigDecimal crudeOilKg,
                               @Schema(example = "21000", minimum = "0", maximum = "10000000") BigDecimal digestateKg,
                               @Schema(description = "Residues sent on the same day, each a receipt at its facility") List<Residue> residues,
                               @Schema(example = "ql-treat-20260305") String clientKey) {
    }
}
