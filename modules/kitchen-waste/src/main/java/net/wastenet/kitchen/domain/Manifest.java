package net.wastenet.kitchen.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import net.wastenet.recyclables.api.SourceKind;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.Material;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Text;
import net.wastenet.shared.Weight;
import net.wastenet.shared.recording.Stamp;

/**
 * The three-party record of one kitchen-waste load (收运联单).
 *
 * <p>Life cycle: PICKED_UP when the hauler signs for what the source handed over (the vehicle must
 * be the hauler's own and must not be loaded beyond its capacity), naming the plant it goes to (its
 * destination, a kitchen-waste plant); then DELIVERED, once, when that plant's weighbridge confirms it:
 * no other plant takes it, and the delivery cannot be before the pickup. Until then the hauler may
 * divert it to another kitchen-waste plant, with a reason. A manifest of the time before destinations
 * names none and any kitchen-waste plant takes it. The discrepancy between weighbridge and pickup weight is kept and flagged above
 * a tolerance; it never blocks the delivery. A manifest left PICKED_UP too long is overdue.
 */
@Entity
@Table(schema = "kitchen", name = "manifest")
public class Manifest {
    /** Where the manifest stands. */
    public enum Status { PICKED_UP, DELIVERED }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kitchen_seq")
    private Long id;
    @Column(name = "manifest_no")
    private String manifestNo;
    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind")
    private SourceKind sourceKind;
    @Column(name = "source_code")
    private String sourceCode;
    @Column(name = "source_district_code")
    private String sourceDistrictCode;
    @Enumerated(EnumType.STRING)
    private Material material;
    @Column(name = "hauler_code")
    private String haulerCode;
    @Column(name = "vehicle_code")
    private String vehicleCode;
    @Column(name = "run_id")
    private Long runId;
    @Column(name = "weight_kg")
    private BigDecimal weightKg;
    @Column(name = "picked_up_at")
    private LocalDateTime pickedUpAt;
    @Column(name = "handed_over_by")
    private String handedOverBy;
    @Column(name = "signed_by")
    private String signedBy;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "delivery_no")
    private String deliveryNo;
    @Column(name = "destination_facility_code")
    private String destinationFacilityCode;
    @Column(name = "diversion_reason")
    private String diversionReason;
    @Column(name = "facility_code")
    private String facilityCode;
    @Column(name = "delivered_kg")
    private BigDecimal deliveredKg;
    @Column(name = "delivered_at")
    private LocalDateTime deliveredAt;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(name = "discrepancy_kg")
    private BigDecimal discrepancyKg;
    @Column(name = "discrepancy_flag")
    private Boolean discrepancyFlag;
    @Column(name = "receipt_id")
    private Long receiptId;
    @Column(name = "rejected_kg")
    private BigDecimal rejectedKg;
    @Column(name = "rejection_reason")
    private String rejectionReason;
    @Column(name = "rejected_to_facility_code")
    private String rejectedToFacilityCode;
    @Column(name = "rejection_receipt_id")
    private Long rejectionReceiptId;
    @Column(name = "client_key")
    private String clientKey;
    @Column(name = "request_hash")
    private String requestHash;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Version
    private long version;

    protected Manifest() {
    }

    /**
     * The hauler signs for a load at its source: the source hands over kitchen waste that day, the
     * vehicle is the hauler's own and has room for it beside what it carries on manifests not yet
     * delivered ({@code onBoardKg}), and a run named is this vehicle's run of that day on a route that
     * visits the source. Every broken rule is reported at once; nothing is created.
     */
    public static Manifest pickUp(Source source, String haulerCode, Vehicle vehicle, BigDecimal onBoardKg, Weight weight,
                                  LocalDateTime pickedUpAt, Run run, Route runRoute, Destination destination, String handedOverBy,
                                  Stamp stamp) {
        Problems p = new Problems();
        destination.check(p);
        source.checkCanHandOver(pickedUpAt.toLocalDate(), p);
        p.require(vehicle.haulerCode().equals(haulerCode), "vehicleCode",
                "vehicle " + vehicle.code() + " belongs to hauler " + vehicle.haulerCode() + ", not " + haulerCode,
                "车辆 " + vehicle.code() + " 属于收运单位 " + vehicle.haulerCode() + "，不属于 " + haulerCode);
        BigDecimal loaded = onBoardKg.add(weight.kilograms());
        p.require(loaded.compareTo(vehicle.capacityKg()) <= 0, "weightKg",
                "vehicle " + vehicle.code() + " carries at most " + vehicle.capacityKg().stripTrailingZeros().toPlainString()
                        + " kg and has " + onBoardKg.stripTrailingZeros().toPlainString() + " kg on board",
                "车辆 " + vehicle.code() + " 核载 " + vehicle.capacityKg().stripTrailingZeros().toPlainString() + " 千克，车上已有 "
                        + onBoardKg.stripTrailingZeros().toPlainString() + " 千克");
        if (run != null) {
            p.require(run.vehicleCode().equals(vehicle.code()), "runId", "run " + run.id() + " is vehicle " + run.vehicleCode() + "'s",
                    "该趟次属于车辆 " + run.vehicleCode());
            p.require(run.runOn().equals(pickedUpAt.toLocalDate()), "runId", "run " + run.id() + " is on " + run.runOn(),
                    "该趟次日期为 " + run.runOn());
            p.require(runRoute.visits(source.kind(), source.code()), "runId", "route " + runRoute.code() + " does not visit " + source.code(),
                    "路线 " + runRoute.code() + " 不经过 " + source.code());
        }
        p.throwIfAny();
        Manifest m = new Manifest();
        m.sourceKind = source.kind();
        m.sourceCode = source.code();
        m.sourceDistrictCode = source.districtCode();
        m.material = source.material();
        m.haulerCode = haulerCode;
        m.vehicleCode = vehicle.code();
        m.runId = run == null ? null : run.id();
        m.destinationFacilityCode = destination.facilityCode();
        m.weightKg = weight.kilograms();
        m.pickedUpAt = pickedUpAt;
        m.handedOverBy = handedOverBy;
        m.signedBy = stamp.who();
        m.status = Status.PICKED_UP;
        m.clientKey = stamp.clientKey();
        m.requestHash = stamp.fingerprint();
        m.createdAt = stamp.at();
        return m;
    }

    /**
     * The plant a load goes to, as the pickup names it ({@code field}: where the name came from) and whether
     * that facility is a kitchen-waste plant. A pickup that names none, and whose route names none, is refused.
     */
    public record Destination(String facilityCode, boolean isKitchenWastePlant, String field) {
        void check(Problems p) {
            if (facilityCode == null) {
                p.add(field, "name the plant this load goes to (or pick it up on a run of a route that names one)",
                        "请指定该车次的去向处理厂（或在指定了处理厂的路线趟次上收运）");
                return;
            }
            p.require(isKitchenWastePlant, field, facilityCode + " is not a kitchen-waste plant", facilityCode + " 不是餐厨（厨余）垃圾处理厂");
        }
    }

    /**
     * The hauler sends an open load to another kitchen-waste plant than the one it named (a plant down, a
     * queue at the weighbridge): from then on only that plant takes it. The reason is kept with the manifest.
     */
    public void divert(Destination to, String reason) {
        if (status == Status.DELIVERED) {
            throw new ConflictException("manifestNo", Text.of("manifest " + manifestNo + " was delivered already, to " + facilityCode,
                    "收运联单 " + manifestNo + " 已交付至 " + facilityCode));
        }
        Problems p = new Problems();
        to.check(p);
        p.require(to.facilityCode() == null || !to.facilityCode().equals(destinationFacilityCode), to.field(),
                "the load goes to " + destinationFacilityCode + " already", "该车次的去向已是 " + destinationFacilityCode);
        p.throwIfAny();
        this.destinationFacilityCode = to.facilityCode();
        this.diversionReason = reason;
    }

    /** Numbers the manifest once its id is known: KW-yyyyMMdd-id. */
    public void number() {
        if (manifestNo == null) {
            manifestNo = "KW-" + DAY.format(pickedUpAt) + "-" + id;
        }
    }

    /**
     * The plant's weighbridge closes the manifest with its share of the delivered load. The
     * discrepancy is that of the whole delivery ({@code deliveryPickedUpKg} against
     * {@code deliveryWeighedKg}), flagged when it exceeds {@code tolerancePercent} of the pickups.
     */
    public void deliver(String deliveryNo, String facilityCode, boolean isKitchenWastePlant, Weight share,
                        BigDecimal deliveryPickedUpKg, BigDecimal deliveryWeighedKg, LocalDateTime at,
                        BigDecimal tolerancePercent, String who) {
        deliver(deliveryNo, facilityCode, isKitchenWastePlant, share, deliveryPickedUpKg, deliveryWeighedKg, at, tolerancePercent, who,
                null, BigDecimal.ZERO);
    }

    /**
     * As {@link #deliver(String, String, boolean, Weight, BigDecimal, BigDecimal, LocalDateTime, BigDecimal, String)}, the
     * plant rejecting {@code rejectedShareKg} of this manifest's share ({@code rejection} null: all accepted).
     */
    public void deliver(String deliveryNo, String facilityCode, boolean isKitchenWastePlant, Weight share,
                        BigDecimal deliveryPickedUpKg, BigDecimal deliveryWeighedKg, LocalDateTime at,
                        BigDecimal tolerancePercent, String who, Rejection rejection, BigDecimal rejectedShareKg) {
        if (status == Status.DELIVERED) {
            throw new ConflictException("manifestNo", Text.of("manifest " + manifestNo + " was delivered already, to "
                    + this.facilityCode + " at " + deliveredAt, "收运联单 " + manifestNo + " 已于 " + deliveredAt + " 交付至 " + this.facilityCode));
        }
        Problems p = new Problems();
        p.require(isKitchenWastePlant, "facilityCode", facilityCode + " is not a kitchen-waste plant",
                facilityCode + " 不是餐厨（厨余）垃圾处理厂");
        p.require(!at.isBefore(pickedUpAt), "deliveredAt", "is before the pickup at " + pickedUpAt,
                "早于收运时间 " + pickedUpAt);
        p.throwIfAny();
        if (destinationFacilityCode != null && !destinationFacilityCode.equals(facilityCode)) {
            throw new NotYoursException("manifestNo", Text.of("manifest " + manifestNo + " goes to " + destinationFacilityCode
                    + ", not " + facilityCode + ": only that plant takes it, unless its hauler diverts it",
                    "收运联单 " + manifestNo + " 的去向是 " + destinationFacilityCode + "，不是 " + facilityCode + "：只有该厂可以接收，除非收运单位改变去向"));
        }
        this.deliveryNo = deliveryNo;
        this.facilityCode = facilityCode;
        this.deliveredKg = share.kilograms();
        this.deliveredAt = at;
        this.confirmedBy = who;
        this.discrepancyKg = deliveryWeighedKg.subtract(deliveryPickedUpKg);
        this.discrepancyFlag = isDiscrepant(deliveryPickedUpKg, deliveryWeighedKg, tolerancePercent);
        this.status = Status.DELIVERED;
        if (rejection != null && rejectedShareKg.signum() > 0) {
            this.rejectedKg = rejectedShareKg;
            this.rejectionReason = rejection.reason();
            this.rejectedToFacilityCode = rejection.facilityCode();
        }
    }

    /** What the plant accepted of this manifest's share: received there as kitchen waste (zero when all was rejected). */
    public BigDecimal acceptedKg() {
        return rejectedKg == null ? deliveredKg : deliveredKg.subtract(rejectedKg);
    }

    public void rejectedPartReceivedAs(long receiptId) {
        this.rejectionReceiptId = receiptId;
    }

    public BigDecimal rejectedKg() {
        return rejectedKg;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public String rejectedToFacilityCode() {
        return rejectedToFacilityCode;
    }

    public Long rejectionReceiptId() {
        return rejectionReceiptId;
    }

    /** Whether a weighbridge weight differs from the pickups by more than the tolerance (a percentage of the pickups). */
    public static boolean isDiscrepant(BigDecimal pickedUpKg, BigDecimal weighedKg, BigDecimal tolerancePercent) {
        BigDecimal allowed = pickedUpKg.multiply(tolerancePercent).divide(BigDecimal.valueOf(100), 3, RoundingMode.HALF_UP);
        return weighedKg.subtract(pickedUpKg).abs().compareTo(allowed) > 0;
    }

    public boolean isOverdue(LocalDateTime now, Duration allowed) {
        return status == Status.PICKED_UP && pickedUpAt.plus(allowed).isBefore(now);
    }

    public void receivedAs(long receiptId) {
        this.receiptId = receiptId;
    }

    /** The fingerprint of the pickup request: a retry with its client key must carry the same. */
    public String requestHash() {
        return requestHash;
    }

    public Long id() {
        return id;
    }

    public String manifestNo() {
        return manifestNo;
    }

    public SourceKind sourceKind() {
        return sourceKind;
    }

    public String sourceCode() {
        return sourceCode;
    }

    public String sourceDistrictCode() {
        return sourceDistrictCode;
    }

    public Material material() {
        return material;
    }

    public String haulerCode() {
        return haulerCode;
    }

    public String vehicleCode() {
        return vehicleCode;
    }

    public Long runId() {
        return runId;
    }

    public BigDecimal weightKg() {
        return weightKg;
    }

    public LocalDateTime pickedUpAt() {
        return pickedUpAt;
    }

    public String handedOverBy() {
        return handedOverBy;
    }

    public String signedBy() {
        return signedBy;
    }

    public Status status() {
        return status;
    }

    public String deliveryNo() {
        return deliveryNo;
    }

    public String facilityCode() {
        return facilityCode;
    }

    /** The plant that takes the load; null for a manifest of the time before destinations. */
    public String destinationFacilityCode() {
        return destinationFacilityCode;
    }

    public String diversionReason() {
        return diversionReason;
    }

    public BigDecimal deliveredKg() {
        return deliveredKg;
    }

    public LocalDateTime deliveredAt() {
        return deliveredAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public BigDecimal discrepancyKg() {
        return discrepancyKg;
    }

    public Boolean discrepancyFlag() {
        return discrepancyFlag;
    }

    public Long receiptId() {
        return receiptId;
    }

    public String clientKey() {
        return clientKey;
    }
}
