package net.wastenet.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The read model's copy of one receipt into a facility or product out of one. */
@Entity
@Table(schema = "reporting", name = "receipt_fact")
public class ReceiptFact {
    @Id
    @Column(name = "movement_id")
    private Long movementId;
    @Column(name = "fact_on")
    private LocalDate day;
    private String kind;
    @Column(name = "to_facility_code")
    private String toFacilityCode;
    @Column(name = "to_kind")
    private String toKind;
    @Column(name = "from_facility_code")
    private String fromFacilityCode;
    @Column(name = "from_kind")
    private String fromKind;
    @Column(name = "source_kind")
    private String sourceKind;
    @Column(name = "district_code")
    private String districtCode;
    private boolean residue;
    private String category;
    /** PAPER, PLASTIC …: the material the receipt was weighed as (null when it named none). */
    private String material;
    @Column(name = "weight_kg")
    private BigDecimal weightKg;

    protected ReceiptFact() {
    }

    public ReceiptFact(long movementId, LocalDate day, String kind, String toFacilityCode, String toKind,
                       String fromFacilityCode, String fromKind, String sourceKind, String districtCode, boolean residue,
                       String category, String material, BigDecimal weightKg) {
        this.movementId = movementId;
        this.day = day;
        this.kind = kind;
        this.toFacilityCode = toFacilityCode;
        this.toKind = toKind;
        this.fromFacilityCode = fromFacilityCode;
        this.fromKind = fromKind;
        this.sourceKind = sourceKind;
        this.districtCode = districtCode;
        this.residue = residue;
        this.category = category;
        this.material = material;
        this.weightKg = weightKg;
    }

    /** This receipt as a flow of its own, for the same rules the sums use. */
    public FlowSum asFlow() {
        return FlowSum.of(toFacilityCode, toKind, fromFacilityCode, fromKind, sourceKind, districtCode, residue, weightKg);
    }

    /** Whether this is a receipt into a facility (what the flow sums count), not a product or residue out of one. */
    public boolean isReceipt() {
        return "RECEIPT".equals(kind);
    }

    /** The flow sums' key of this receipt: day, to, to kind, from, from kind, source kind, district, residue ('' for none). */
    public Object[] flowKey() {
        return new Object[] {day, blank(toFacilityCode), blank(toKind), blank(fromFacilityCode), blank(fromKind), blank(sourceKind),
                blank(districtCode), residue};
    }

    /** The fact's columns in table order (a rebuild copies facts in JDBC batches). */
    public Object[] columns() {
        return new Object[] {movementId, day, kind, toFacilityCode, toKind, fromFacilityCode, fromKind, sourceKind, districtCode, residue,
                category, material, weightKg};
    }

    public BigDecimal weightKg() {
        return weightKg;
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }

    public long movementId() {
        return movementId;
    }

    public LocalDate day() {
        return day;
    }

    public String category() {
        return category;
    }

    public String material() {
        return material;
    }
}
