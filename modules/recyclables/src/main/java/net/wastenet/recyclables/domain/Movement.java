package net.wastenet.recyclables.domain;

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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.recyclables.api.SourceKind;
import net.wastenet.shared.Material;
import net.wastenet.shared.Problems;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.Weight;
import net.wastenet.shared.recording.Stamp;

/**
 * One weighed movement. A RECEIPT is weighed where it enters a facility and comes from a point, a
 * district, a producer, or another facility (then it is that facility's output or residue, never new
 * waste). A PRODUCT leaves a facility for the market. Every receipt carries the district it came
 * from when it is new waste; what comes from a facility is attributed to districts when reported.
 */
@Entity
@Table(schema = "recyclables", name = "movement")
public class Movement {
    /** A receipt into a facility, or a product leaving one. */
    public enum Kind { RECEIPT, PRODUCT }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recyclables_seq")
    private Long id;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "to_facility_id")
    private Long toFacilityId;
    @Column(name = "to_facility_code")
    private String toFacilityCode;
    @Column(name = "from_facility_id")
    private Long fromFacilityId;
    @Column(name = "from_facility_code")
    private String fromFacilityCode;
    @Column(name = "from_point_code")
    private String fromPointCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "source_kind")
    private SourceKind sourceKind;
    @Column(name = "source_district_code")
    private String sourceDistrictCode;
    private boolean residue;
    @Enumerated(EnumType.STRING)
    private WasteCategory category;
    @Enumerated(EnumType.STRING)
    private Material material;
    private String product;
    @Column(name = "weight_kg")
    private BigDecimal weightKg;
    @Column(name = "moved_on")
    private LocalDate movedOn;
    @Column(name = "moved_at")
    private LocalDateTime movedAt;
    private String reference;
    @Column(name = "client_key")
    private String clientKey;
    @Column(name = "request_hash")
    private String requestHash;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;

    protected Movement() {
    }

    private Movement(Kind kind, Facility to, Facility from, String fromPointCode, SourceKind sourceKind,
                     String sourceDistrictCode, boolean residue, WasteCategory category, Material material, String product,
                     Weight weight, LocalDate movedOn, LocalDateTime movedAt, String reference, Stamp stamp) {
        this.kind = kind;
        if (to != null) {
            this.toFacilityId = to.id();
            this.toFacilityCode = to.code();
        }
        if (from != null) {
            this.fromFacilityId = from.id();
            this.fromFacilityCode = from.code();
        }
        this.fromPointCode = fromPointCode;
        this.sourceKind = sourceKind;
        this.sourceDistrictCode = sourceDistrictCode;
        this.residue = residue;
        this.category = Objects.requireNonNull(category);
        this.material = material;
        this.product = product;
        this.weightKg = weight.kilograms();
        this.movedOn = Objects.requireNonNull(movedOn);
        this.movedAt = movedAt;
        this.reference = reference;
        this.clientKey = stamp.clientKey();
        this.requestHash = stamp.fingerprint();
        this.createdAt = stamp.at();
        this.createdBy = stamp.who();
    }

    /** A collection point as a movement's origin: its code, its district, and whether it took the category that day. */
    public record PointOrigin(String code, String districtCode, boolean tookItThatDay) {
    }

    /**
     * Recyclables a collection point hands to a facility (a transfer): the point took recyclables that
     * day, and the facility receives the material then. The point's district is where they came from.
     */
    public static Movement transfer(PointOrigin point, Facility to, Material material, Weight weight, LocalDateTime at, Stamp stamp) {
        LocalDate day = at.toLocalDate();
        Problems rules = new Problems();
        rules.require(point.tookItThatDay(), "fromPointCode",
                "point " + point.code() + " did not take recyclables on " + day + " (not accepted, or not active)",
                "投放点 " + point.code() + " 在 " + day + " 不接收可回收物（未接收该类别或未启用）");
        to.checkCanReceive(WasteCategory.RECYCLABLE, material, day, "transferredAt", "toFacilityCode", "material", rules);
        rules.throwIfAny();
        return new Movement(Kind.RECEIPT, to, null, point.code(), SourceKind.POINT, point.districtCode(), false,
                WasteCategory.RECYCLABLE, material, null, weight, day, at, null, stamp);
    }

    /**
     * Recyclables one facility sends another (a sorting centre's bales to a processor): only a facility
     * that handles recyclables sends them on, never to itself, and the receiver takes the material then.
     */
    public static Movement transfer(Facility from, Facility to, Material material, Weight weight, LocalDateTime at, Stamp stamp) {
        LocalDate day = at.toLocalDate();
        Problems rules = new Problems();
        notToItself(from, to, rules);
        rules.require(from.kind().handlesRecyclables(), "fromFacilityCode",
                "a " + from.kind() + " sends no recyclables on; record its residues as outputs",
                from.kind() + " 不转运可回收物；其残渣请作为产出登记");
        to.checkCanReceive(WasteCategory.RECYCLABLE, material, day, "transferredAt", "toFacilityCode", "material", rules);
        rules.throwIfAny();
        return betweenFacilities(from, to, WasteCategory.RECYCLABLE, material, weight, day, at, null, stamp);
    }

    /** New waste a district's collection brings to a plant (residual waste to incineration): the plant receives it that day. */
    public static Movement receipt(String districtCode, Facility to, WasteCategory category, Material material, Weight weight,
                                   LocalDate day, Stamp stamp) {
        Problems rules = new Problems();
        to.checkCanReceive(category, material, day, "date", "category", "material", rules);
        rules.throwIfAny();
        return new Movement(Kind.RECEIPT, to, null, null, SourceKind.DISTRICT, districtCode, false, category, material, null,
                weight, day, null, null, stamp);
    }

    /** What a plant receives from another facility (its output or residue, never new waste). */
    public static Movement receipt(Facility from, Facility to, WasteCategory category, Material material, Weight weight,
                                   LocalDate day, Stamp stamp) {
        Problems rules = new Problems();
        to.checkCanReceive(category, material, day, "date", "category", "material", rules);
        notToItself(from, to, rules);
        rules.throwIfAny();
        return betweenFacilities(from, to, category, material, weight, day, null, null, stamp);
    }

    /** A product leaving a facility for the market (baled paper, pellets, compost), once it is in service. */
    public static Movement product(Facility from, Material material, String product, Weight weight, LocalDate day, Stamp stamp) {
        Problems rules = new Problems();
        inServiceOn(from, day, rules);
        rules.throwIfAny();
        WasteCategory category = material != null ? material.category() : from.kind().receives().iterator().next();
        return new Movement(Kind.PRODUCT, null, from, null, null, null, false, category, material, product, weight, day, null,
                null, stamp);
    }

    /**
     * A facility's residue sent to disposal: to incineration or landfill as residual waste, or to a
     * hazardous-waste facility as hazardous waste; a material of another category is not kept.
     */
    public static Movement residue(Facility from, Facility to, Material material, Weight weight, LocalDate day, Stamp stamp) {
        Problems rules = new Problems();
        inServiceOn(from, day, rules);
        notToItself(from, to, rules);
        rules.require(to.kind().takesResidues() || to.kind() == FacilityKind.HAZARDOUS_WASTE_FACILITY, "toFacilityCode",
                "residues go to incineration, landfill or a hazardous-waste facility, not to a " + to.kind(),
                "残渣应送往焚烧厂、填埋场或危废处置设施，不能送往 " + to.kind());
        WasteCategory category = to.kind() == FacilityKind.HAZARDOUS_WASTE_FACILITY ? WasteCategory.HAZARDOUS : WasteCategory.RESIDUAL;
        Material kept = material != null && material.belongsTo(category) ? material : null;
        to.checkCanReceive(category, kept, day, "date", "toFacilityCode", "material", rules);
        rules.throwIfAny();
        return betweenFacilities(from, to, category, kept, weight, day, null, null, stamp);
    }

    /**
     * Where a receipt another module records comes from (a delivery of manifests, a treatment's
     * residues): a point, a producer's district, or another facility.
     */
    public sealed interface Origin {
        record Point(String code, String districtCode) implements Origin {
        }

        record Producer(String districtCode) implements Origin {
        }

        record FromFacility(Facility facility) implements Origin {
        }
    }

    /** A receipt another module records, with the plant's rules; its fields named as in {@code NewReceipt}. */
    public static Movement received(Origin origin, Facility to, WasteCategory category, Material material, Weight weight,
                                    LocalDateTime at, String reference, Stamp stamp) {
        LocalDate day = at.toLocalDate();
        Problems rules = new Problems();
        to.checkCanReceive(category, material, day, "receivedAt", "facilityCode", "material", rules);
        if (origin instanceof Origin.FromFacility f) {
            notToItself(f.facility(), to, rules);
        }
        rules.throwIfAny();
        if (origin instanceof Origin.Point p) {
            return new Movement(Kind.RECEIPT, to, null, p.code(), SourceKind.POINT, p.districtCode(), false, category, material,
                    null, weight, day, at, reference, stamp);
        }
        if (origin instanceof Origin.Producer p) {
            return new Movement(Kind.RECEIPT, to, null, null, SourceKind.PRODUCER, p.districtCode(), false, category, material,
                    null, weight, day, at, reference, stamp);
        }
        return betweenFacilities(((Origin.FromFacility) origin).facility(), to, category, material, weight, day, at, reference, stamp);
    }

    /** Between two facilities: recyclables sent on when both handle recyclables, otherwise residues. Never new waste. */
    private static Movement betweenFacilities(Facility from, Facility to, WasteCategory category, Material material, Weight weight,
                                              LocalDate day, LocalDateTime at, String reference, Stamp stamp) {
        boolean residue = !(from.kind().handlesRecyclables() && to.kind().handlesRecyclables());
        return new Movement(Kind.RECEIPT, to, from, null, SourceKind.FACILITY, null, residue, category, material, null, weight,
                day, at, reference, stamp);
    }

    private static void notToItself(Facility from, Facility to, Problems rules) {
        rules.require(!from.code().equals(to.code()), "toFacilityCode", "a facility cannot send to itself", "设施不能发送给自身");
    }

    private static void inServiceOn(Facility f, LocalDate day, Problems rules) {
        rules.require(f.isInServiceOn(day), "date", "is before facility " + f.code() + " came into service",
                "早于设施 " + f.code() + " 投运日期");
    }

    /** The fingerprint of the request that created it: a retry with its client key must carry the same. */
    public String requestHash() {
        return requestHash;
    }

    public Long id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    public String toFacilityCode() {
        return toFacilityCode;
    }

    public Long toFacilityId() {
        return toFacilityId;
    }

    public String fromFacilityCode() {
        return fromFacilityCode;
    }

    public String fromPointCode() {
        return fromPointCode;
    }

    public SourceKind sourceKind() {
        return sourceKind;
    }

    public String sourceDistrictCode() {
        return sourceDistrictCode;
    }

    public boolean residue() {
        return residue;
    }

    public WasteCategory category() {
        return category;
    }

    public Material material() {
        return material;
    }

    public String product() {
        return product;
    }

    public BigDecimal weightKg() {
        return weightKg;
    }

    public LocalDate movedOn() {
        return movedOn;
    }

    public LocalDateTime movedAt() {
        return movedAt;
    }

    public String reference() {
        return reference;
    }

    public String clientKey() {
        return clientKey;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
