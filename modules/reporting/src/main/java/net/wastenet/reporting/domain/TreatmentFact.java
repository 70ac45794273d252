package net.wastenet.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The read model's copy of one treatment record. */
@Entity
@Table(schema = "reporting", name = "treatment_fact")
public class TreatmentFact {
    @Id
    @Column(name = "treatment_id")
    private Long treatmentId;
    @Column(name = "fact_on")
    private LocalDate day;
    @Column(name = "facility_code")
    private String facilityCode;
    @Column(name = "input_kg")
    private BigDecimal inputKg;
    @Column(name = "impurities_kg")
    private BigDecimal impuritiesKg;

    protected TreatmentFact() {
    }

    public TreatmentFact(long treatmentId, LocalDate day, String facilityCode, BigDecimal inputKg, BigDecimal impuritiesKg) {
        this.treatmentId = treatmentId;
        this.day = day;
        this.facilityCode = facilityCode;
        this.inputKg = inputKg;
        this.impuritiesKg = impuritiesKg;
    }

    public long treatmentId() {
        return treatmentId;
    }

    public LocalDate day() {
        return day;
    }

    public String facilityCode() {
        return facilityCode;
    }

    public BigDecimal inputKg() {
        return inputKg;
    }

    public BigDecimal impuritiesKg() {
        return impuritiesKg;
    }

    public BigDecimal treatedKg() {
        return inputKg.subtract(impuritiesKg);
    }
}
