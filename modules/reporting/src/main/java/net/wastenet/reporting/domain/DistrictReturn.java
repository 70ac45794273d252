package net.wastenet.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Text;

/**
 * A district's return for a month or quarter. It moves only by {@link ReturnAction}s, each kept as a
 * {@link ReturnTransition}; while it is LOCKED, records dated in its period cannot change.
 */
@Entity
@Table(schema = "reporting", name = "district_return")
public class DistrictReturn {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_seq")
    private Long id;
    @Column(name = "district_code")
    private String districtCode;
    private String period;
    @Column(name = "period_from")
    private LocalDate periodFrom;
    @Column(name = "period_to")
    private LocalDate periodTo;
    @Enumerated(EnumType.STRING)
    private ReturnStatus status;
    @Column(name = "submitted_at")
    private LocalDateTime submittedAt;
    @Column(name = "lock_count")
    private int lockCount;
    @Version
    private long version;

    protected DistrictReturn() {
    }

    public DistrictReturn(String districtCode, ReturnPeriod period) {
        this.districtCode = districtCode;
        this.period = period.label();
        this.periodFrom = period.from();
        this.periodTo = period.to();
        this.status = ReturnStatus.DRAFT;
    }

    /**
     * Applies an action: refused (409) from a status it does not start from, refused (400) without
     * a reason where one is needed. The first submission's time is kept for lateness.
     */
    public ReturnTransition apply(ReturnAction action, String reason, LocalDateTime now, String who) {
        if (!action.allowedFrom(status)) {
            throw new ConflictException("action", Text.of(
                    action + " is not possible for a " + status + " return (" + districtCode + " " + period + ")",
                    "报表（" + districtCode + " " + period + "）当前状态为 " + status + "，不能执行 " + action));
        }
        if (action.needsReason() && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", Text.of("a reopening needs a reason", "重新开放必须说明理由"));
        }
        ReturnStatus before = status;
        status = action.to();
        if (action == ReturnAction.SUBMIT && submittedAt == null) {
            submittedAt = now;
        }
        if (action == ReturnAction.LOCK) {
            lockCount++;
        }
        return new ReturnTransition(id, action, before, status, reason == null || reason.isBlank() ? null : reason.strip(), now, who);
    }

    public Long id() {
        return id;
    }

    public String districtCode() {
        return districtCode;
    }

    public ReturnPeriod period() {
        return ReturnPeriod.parse(period, "period");
    }

    public ReturnStatus status() {
        return status;
    }

    public LocalDateTime submittedAt() {
        return submittedAt;
    }

    public int lockCount() {
        return lockCount;
    }
}
