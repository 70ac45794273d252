package net.wastenet.recyclables.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** From {@code effectiveFrom} on, the facility's design capacity is {@code tonnesPerDay}. Appended, never edited. */
@Entity
@Table(schema = "recyclables", name = "capacity_change")
public class CapacityChange {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recyclables_seq")
    @SequenceGenerator(name = "recyclables_seq", schema = "recyclables", sequenceName = "id_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "facility_id")
    private Facility facility;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    @Column(name = "tonnes_per_day")
    private BigDecimal tonnesPerDay;
    private String reason;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected CapacityChange() {
    }

    CapacityChange(Facility facility, LocalDate effectiveFrom, BigDecimal tonnesPerDay, String reason,
                   LocalDateTime recordedAt, String recordedBy) {
        this.facility = facility;
        this.effectiveFrom = effectiveFrom;
        this.tonnesPerDay = tonnesPerDay;
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public BigDecimal tonnesPerDay() {
        return tonnesPerDay;
    }

    public String reason() {
        return reason;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
