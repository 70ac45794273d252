package net.wastenet.charges.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A district's charges and compensation of a month as they stood when its return was locked: every producer's and
 * community's statement and the compensation lines it pays, kept as the JSON the statements answered. Each lock adds a
 * version (a reopened and relocked return has two); while the return is locked, its latest version is what is answered,
 * whatever records or tariffs arrive later. Never changed.
 */
@Entity
@Table(schema = "charges", name = "frozen_month")
public class FrozenMonth {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "charges_seq")
    @SequenceGenerator(name = "charges_seq", schema = "charges", sequenceName = "id_seq", allocationSize = 50)
    private Long id;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "for_month")
    private String month;
    private int version;
    @Column(name = "return_period")
    private String returnPeriod;
    @Column(name = "locked_at")
    private LocalDateTime lockedAt;
    @Column(name = "locked_by")
    private String lockedBy;
    @Column(name = "figures")
    private String figures;

    protected FrozenMonth() {
    }

    public FrozenMonth(String districtCode, String month, int version, String returnPeriod, LocalDateTime lockedAt, String lockedBy,
                       String figures) {
        this.districtCode = Objects.requireNonNull(districtCode);
        this.month = Objects.requireNonNull(month);
        this.version = version;
        this.returnPeriod = Objects.requireNonNull(returnPeriod);
        this.lockedAt = Objects.requireNonNull(lockedAt);
        this.lockedBy = Objects.requireNonNull(lockedBy);
        this.figures = Objects.requireNonNull(figures);
    }

    public String districtCode() {
        return districtCode;
    }

    public String month() {
        return month;
    }

    public int version() {
        return version;
    }

    public String returnPeriod() {
        return returnPeriod;
    }

    public LocalDateTime lockedAt() {
        return lockedAt;
    }

    public String lockedBy() {
        return lockedBy;
    }

    public String figures() {
        return figures;
    }
}
