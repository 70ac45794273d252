package net.wastenet.kitchen.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.wastenet.shared.Problems;
import net.wastenet.shared.recording.Stamp;

/**
 * A day's treatment at a kitchen-waste plant: input, impurities removed in pretreatment, products
 * (biogas Nm³, crude oil, digestate or compost) and residues sent on to named facilities.
 *
 * <p>Rules: impurities are part of the input; the input cannot exceed what the plant has received and
 * not yet treated (its stock); the residues sent on cannot exceed the input. Treated tonnage, the
 * indicators' K, is input less impurities.
 */
@Entity
@Table(schema = "kitchen", name = "treatment")
public class Treatment {
    /** A residue sent on, and the receipt it became at its destination. */
    @Embeddable
    public static class Residue {
        @Column(name = "to_facility_code")
        private String toFacilityCode;
        @Column(name = "weight_kg")
        private BigDecimal weightKg;
        @Column(name = "receipt_id")
        private Long receiptId;

        protected Residue() {
        }

        /** A residue to send on; it becomes a receipt where it goes when the treatment is stored. */
        public Residue(String toFacilityCode, BigDecimal weightKg) {
            this.toFacilityCode = toFacilityCode;
            this.weightKg = weightKg;
        }

        public void receivedAs(long receiptId) {
            this.receiptId = receiptId;
        }

        public String toFacilityCode() {
            return toFacilityCode;
        }

        public BigDecimal weightKg() {
            return weightKg;
        }

        public Long receiptId() {
            return receiptId;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kitchen_seq")
    private Long id;
    @Column(name = "facility_code")
    private String facilityCode;
    @Column(name = "treated_on")
    private LocalDate treatedOn;
    @Column(name = "input_kg")
    private BigDecimal inputKg;
    @Column(name = "impurities_kg")
    private BigDecimal impuritiesKg;
    @Column(name = "biogas_nm3")
    private BigDecimal biogasNm3;
    @Column(name = "crude_oil_kg")
    private BigDecimal crudeOilKg;
    @Column(name = "digestate_kg")
    private BigDecimal digestateKg;
    @Column(name = "client_key")
    private String clientKey;
    @Column(name = "request_hash")
    private String requestHash;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "kitchen", name = "treatment_residue", joinColumns = @JoinColumn(name = "treatment_id"))
    @OrderColumn(name = "position")
    private List<Residue> residues = new ArrayList<>();

    protected Treatment() {
    }

    /**
     * A day's treatment at a plant: the plant treats kitchen waste, the impurities are part of the
     * input, the input does not exceed what the plant received and has not yet treated
     * ({@code availableKg}), and the residues sent on do not add up to more than the input. Every
     * broken rule is reported at once under the client's field names; nothing is created.
     */
    public static Treatment record(String plantCode, boolean treatsKitchenWaste, LocalDate day, BigDecimal inputKg,
                                   BigDecimal impuritiesKg, BigDecimal biogasNm3, BigDecimal crudeOilKg, BigDecimal digestateKg,
                                   List<Residue> residues, BigDecimal availableKg, Stamp stamp) {
        BigDecimal residuesKg = residues.stream().map(Residue::weightKg).reduce(BigDecimal.ZERO, BigDecimal::add);
        Problems p = new Problems();
        p.require(treatsKitchenWaste, "facilityCode", plantCode + " is not a kitchen-waste plant",
                plantCode + " 不是餐厨（厨余）垃圾处理厂");
        p.require(impuritiesKg.compareTo(inputKg) <= 0, "impuritiesKg", "cannot exceed the input",
                "不能超过进料量");
        p.require(inputKg.compareTo(availableKg) <= 0, "inputKg",
                "exceeds what the plant received and has not yet treated: " + availableKg.stripTrailingZeros().toPlainString() + " kg",
                "超过该厂已接收且未处理的量：" + availableKg.stripTrailingZeros().toPlainString() + " 千克");
        p.require(residuesKg.compareTo(inputKg) <= 0, "residues", "cannot add up to more than the input",
                "残渣合计不能超过进料量");
        p.throwIfAny();
        Treatment t = new Treatment();
        t.facilityCode = plantCode;
        t.treatedOn = day;
        t.inputKg = inputKg;
        t.impuritiesKg = impuritiesKg;
        t.biogasNm3 = biogasNm3;
        t.crudeOilKg = crudeOilKg;
        t.digestateKg = digestateKg;
        t.clientKey = stamp.clientKey();
        t.requestHash = stamp.fingerprint();
        t.createdAt = stamp.at();
        t.createdBy = stamp.who();
        t.residues = new ArrayList<>(residues);
        return t;
    }

    /** K: kitchen waste treated, input less impurities. */
    public BigDecimal treatedKg() {
        return inputKg.subtract(impuritiesKg);
    }

    /** The fingerprint of the request that created it: a retry with its client key must carry the same. */
    public String requestHash() {
        return requestHash;
    }

    public String clientKey() {
        return clientKey;
    }

    public Long id() {
        return id;
    }

    public String facilityCode() {
        return facilityCode;
    }

    public LocalDate treatedOn() {
        return treatedOn;
    }

    public BigDecimal inputKg() {
        return inputKg;
    }

    public BigDecimal impuritiesKg() {
        return impuritiesKg;
    }

    public BigDecimal biogasNm3() {
        return biogasNm3;
    }

    public BigDecimal crudeOilKg() {
        return crudeOilKg;
    }

    public BigDecimal digestateKg() {
        return digestateKg;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<Residue> residues() {
        return List.copyOf(residues);
    }
}
