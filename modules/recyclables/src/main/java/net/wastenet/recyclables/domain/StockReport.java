package net.wastenet.recyclables.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** What a facility holds in stock at the end of a day, as its operator counted it. A later report for the same day supersedes. */
@Entity
@Table(schema = "recyclables", name = "stock_report")
public class StockReport {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recyclables_seq")
    private Long id;
    @Column(name = "facility_id")
    private Long facilityId;
    @Column(name = "stock_on")
    private LocalDate stockOn;
    @Column(name = "stock_kg")
    private BigDecimal stockKg;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;
    /** The facility's code, known while the report is being made (the table keeps its id). */
    @Transient
    private String facilityCode;

    protected StockReport() {
    }

    public StockReport(Facility facility, LocalDate stockOn, BigDecimal stockKg, LocalDateTime recordedAt, String recordedBy) {
        if (stockKg.signum() < 0) {
            throw new IllegalArgumentException("stock cannot be negative");
        }
        this.facilityId = facility.id();
        this.facilityCode = facility.code();
        this.stockOn = stockOn;
        this.stockKg = stockKg;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public String facilityCode() {
        return facilityCode;
    }

    public LocalDate stockOn() {
        return stockOn;
    }

    public BigDecimal stockKg() {
        return stockKg;
    }
}
