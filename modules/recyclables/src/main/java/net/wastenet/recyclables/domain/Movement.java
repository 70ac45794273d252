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
import net.wastenet.shared.Material;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.Weight;

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
                     Weight weight, LocalDate movedOn, LocalDateTime movedAt, String reference, String clientKey,
                     String requestHash, LocalDateTime now, String who) {
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
        this.clientKey = clientKey;
        this.requestHash = Objects.requireNonNull(requestHash);
        this.createdAt = now;
        this.createdBy = who;
    }

    /** New waste or recyclables received from a collection point (its district is the origin). */
    public static Movement fromPoint(Facility to, String pointCode, String pointDistrict, WasteCategory category,
                                     Material material, Weight weight, LocalDate day, LocalDateTime at, String reference,
                                     String clientKey, String hash, LocalDateTime now, String who) {
        return new Movement(Kind.RECEIPT, to, null, pointCode, SourceKind.POINT, pointDistrict, false, category, material,
                null, weight, day, at, reference, clientKey, hash, now, who);
    }

    /** New waste received from a district's collection (residual waste to incineration, for example). */
    public static Movement fromDistrict(Facility to, String districtCode, WasteCategory category, Material material,
                                        Weight weight, LocalDate day, String clientKey, String hash, LocalDateTime now,
                                        String who) {
        return new Movement(Kind.RECEIPT, to, null, null, SourceKind.DISTRICT, districtCode, false, category, material,
                null, weight, day, null, null, clientKey, hash, now, who);
    }

    /** New waste received from a registered producer (a restaurant's catering waste), in its district. */
    public static Movement fromProducer(Facility to, String producerDistrict, WasteCategory category, Material material,
                                        Weight weight, LocalDate day, LocalDateTime at, String reference, String clientKey,
                                        String hash, LocalDateTime now, String who) {
        return new Movement(Kind.RECEIPT, to, null, null, SourceKind.PRODUCER, producerDistrict, false, category,
                material, null, weight, day, at, reference, clientKey, hash, now, who);
    }

    /**
     * What one facility sends to another: recyclables sent on when both handle recyclables (a
     * sorting centre's paper to a processor), otherwise rejects and residues for disposal. Never new waste.
     */
    public static Movement betweenFacilities(Facility from, Facility to, WasteCategory category,
                                             Material material, Weight weight, LocalDate day, LocalDateTime at,
                                             String reference, String clientKey, String hash, LocalDateTime now,
                                             String who) {
        if (from.code().equals(to.code())) {
            throw new IllegalArgumentException("a facility does not send to itself");
        }
        boolean residue = !(from.kind().handlesRecyclables() && to.kind().handlesRecyclables());
        return new Movement(Kind.RECEIPT, to, from, null, SourceKind.FACILITY, null, residue, category, material, null,
                weight, day, at, reference, clientKey, hash, now, who);
    }

    /** A product leaving a facility for the market (baled paper, pellets, compost, biogas sold). */
    public static Movement product(Facility from, WasteCategory category, Material material, String product,
                                   Weight weight, LocalDate day, String clientKey, String hash, LocalDateTime now,
                                   String who) {
        return new Movement(Kind.PRODUCT, null, from, null, null, null, false, category, material, product, weight, day,
                null, null, clientKey, hash, now, who);
    }

    public boolean isSameRequest(String hash) {
        return requestHash.equals(hash);
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
