package net.wastenet.charges.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.shared.Problems;

/**
 * A version of the bureau's compensation rate (跨区（市）县处理环境补偿标准) for a kind of facility: yuan per tonne that a
 * district pays the district hosting the plant its waste is treated or disposed of in. Valid from a day until a later
 * version for the same kind; never edited (a correction is a new version, and of two from the same day the later one
 * recorded counts).
 */
@Entity
@Table(schema = "charges", name = "compensation_rate")
public class CompensationRate {
    static final BigDecimal MAX_RATE = BigDecimal.valueOf(1_000_000);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "charges_seq")
    @SequenceGenerator(name = "charges_seq", schema = "charges", sequenceName = "id_seq", allocationSize = 50)
    private Long id;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Enumerated(EnumType.STRING)
    @Column(name = "facility_kind")
    private FacilityKind facilityKind;
    @Column(name = "yuan_per_tonne")
    private BigDecimal yuanPerTonne;
    @Column(name = "client_key")
    private String clientKey;
    @Column(name = "request_hash")
    private String requestHash;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected CompensationRate() {
    }

    /**
     * A new version: for a kind whose intake the indicators attribute to districts (a kitchen-waste, incineration or
     * hazardous-waste plant, a landfill), 0 to 1,000,000 yuan a tonne with at most two decimals.
     */
    public static CompensationRate set(LocalDate validFrom, FacilityKind kind, BigDecimal yuanPerTonne, String clientKey, String requestHash,
                                       LocalDateTime now, String who) {
        Problems p = new Problems();
        p.require(kind.countsCollected(), "facilityKind", "compensation is for plants that treat or dispose of waste: "
                + "KITCHEN_WASTE_PLANT, INCINERATION_PLANT, LANDFILL, HAZARDOUS_WASTE_FACILITY", "补偿仅适用于处理处置设施：厨余垃圾处理厂、焚烧厂、填埋场、危险废物处置设施");
        p.require(yuanPerTonne.signum() >= 0 && yuanPerTonne.compareTo(MAX_RATE) <= 0 && yuanPerTonne.stripTrailingZeros().scale() <= 2,
                "yuanPerTonne", "must be 0 to 1,000,000 yuan, at most two decimals (fen)", "必须在 0 到 1,000,000 元之间，最多 2 位小数（分）");
        p.throwIfAny();
        CompensationRate r = new CompensationRate();
        r.validFrom = Objects.requireNonNull(validFrom);
        r.facilityKind = kind;
        r.yuanPerTonne = yuanPerTonne.setScale(2);
        r.clientKey = clientKey;
        r.requestHash = requestHash;
        r.createdAt = now;
        r.createdBy = who;
        return r;
    }

    /** The version for a kind valid on a day: the latest {@code validFrom} on or before it, the later recorded of a day's two. */
    public static Optional<CompensationRate> validOn(List<CompensationRate> rates, FacilityKind kind, LocalDate day) {
        return rates.stream().filter(r -> r.facilityKind == kind && !r.validFrom.isAfter(day))
                .max(Comparator.comparing(CompensationRate::validFrom).thenComparing(CompensationRate::createdAt)
                        .thenComparing(r -> r.id == null ? 0L : r.id));
    }

    public Long id() {
        return id;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public FacilityKind facilityKind() {
        return facilityKind;
    }

    public BigDecimal yuanPerTonne() {
        return yuanPerTonne;
    }

    public String clientKey() {
        return clientKey;
    }

    public String requestHash() {
        return requestHash;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
