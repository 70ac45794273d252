package net.wastenet.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A station weighing as reporting sees it (its current revision): coverage evidence when it is
 * kitchen waste, completeness evidence for its point and day, and the history of the point-day rule.
 */
@Entity
@Table(schema = "reporting", name = "point_log")
public class PointLogFact {
    /** The category whose weighings are a point's kitchen-waste evidence (coverage). */
    public static final String KITCHEN = "KITCHEN";

    @Id
    @Column(name = "log_id")
    private Long logId;
    @Column(name = "point_code")
    private String pointCode;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "fact_on")
    private LocalDate day;
    private String category;
    @Column(name = "weight_kg")
    private BigDecimal weightKg;

    protected PointLogFact() {
    }

    public PointLogFact(long logId, String pointCode, String districtCode, LocalDate day, String category, BigDecimal weightKg) {
        this.logId = logId;
        this.pointCode = pointCode;
        this.districtCode = districtCode;
        this.day = day;
        this.category = category;
        this.weightKg = weightKg;
    }

    public long logId() {
        return logId;
    }

    public String pointCode() {
        return pointCode;
    }

    public String districtCode() {
        return districtCode;
    }

    public LocalDate day() {
        return day;
    }

    public String category() {
        return category;
    }

    public BigDecimal weightKg() {
        return weightKg;
    }

    /** A correction: the fact follows the weighing's new current revision. */
    public void revise(String category, BigDecimal weightKg) {
        this.category = category;
        this.weightKg = weightKg;
    }
}
