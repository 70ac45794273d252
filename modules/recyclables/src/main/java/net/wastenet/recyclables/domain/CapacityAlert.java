package net.wastenet.recyclables.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.Text;

/**
 * A day on which a facility took in more than its design capacity. Raised when the intake crosses
 * the capacity, kept up to date as more arrives that day, and shown until someone responsible
 * confirms it with a comment. It never blocks an entry.
 */
@Entity
@Table(schema = "recyclables", name = "capacity_alert")
public class CapacityAlert {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "capacity_alert_seq")
    @SequenceGenerator(name = "capacity_alert_seq", schema = "recyclables", sequenceName = "capacity_alert_seq", allocationSize = 50)
    private Long id;
    @Column(name = "facility_id")
    private Long facilityId;
    @Column(name = "facility_code")
    private String facilityCode;
    @Column(name = "alert_on")
    private LocalDate alertOn;
    @Column(name = "intake_kg")
    private BigDecimal intakeKg;
    @Column(name = "capacity_kg")
    private BigDecimal capacityKg;
    @Column(name = "raised_at")
    private LocalDateTime raisedAt;
    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    private String comment;
    @Version
    private long version;

    protected CapacityAlert() {
    }

    public CapacityAlert(Facility facility, LocalDate day, BigDecimal intakeKg, BigDecimal capacityKg, LocalDateTime now) {
        this.facilityId = facility.id();
        this.facilityCode = facility.code();
        this.alertOn = day;
        this.intakeKg = intakeKg;
        this.capacityKg = capacityKg;
        this.raisedAt = now;
    }

    /** Whether a day's intake exceeds the design capacity of that day. */
    public static boolean isOverCapacity(BigDecimal intakeKg, BigDecimal tonnesPerDay) {
        return tonnesPerDay != null && intakeKg.compareTo(tonnesPerDay.multiply(BigDecimal.valueOf(1000))) > 0;
    }

    /** More arrived on the alert's day: the alert shows the day's whole intake. */
    public void update(BigDecimal dayIntakeKg) {
        this.intakeKg = dayIntakeKg;
    }

    public void confirm(String comment, LocalDateTime now, String who) {
        if (confirmedAt != null) {
            throw new ConflictException("id", Text.of("the alert was confirmed already by " + confirmedBy,
                    "该预警已由 " + confirmedBy + " 确认"));
        }
        this.comment = comment;
        this.confirmedAt = now;
        this.confirmedBy = who;
    }

    public Long id() {
        return id;
    }

    public String facilityCode() {
        return facilityCode;
    }

    public LocalDate alertOn() {
        return alertOn;
    }

    public BigDecimal intakeKg() {
        return intakeKg;
    }

    public BigDecimal capacityKg() {
        return capacityKg;
    }

    public LocalDateTime raisedAt() {
        return raisedAt;
    }

    public LocalDateTime confirmedAt() {
        return confirmedAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public String comment() {
        return comment;
    }
}
