package net.wastenet.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** One step of a return, kept for good: the action, the statuses before and after, who, when, why. */
@Entity
@Table(schema = "reporting", name = "return_transition")
public class ReturnTransition {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_seq")
    private Long id;
    @Column(name = "return_id")
    private Long returnId;
    @Enumerated(EnumType.STRING)
    private ReturnAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    private ReturnStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    private ReturnStatus toStatus;
    private String reason;
    @Column(name = "acted_at")
    private LocalDateTime actedAt;
    @Column(name = "acted_by")
    private String actedBy;

    protected ReturnTransition() {
    }

    ReturnTransition(Long returnId, ReturnAction action, ReturnStatus fromStatus, ReturnStatus toStatus, String reason,
                     LocalDateTime actedAt, String actedBy) {
        this.returnId = returnId;
        this.action = action;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason;
        this.actedAt = actedAt;
        this.actedBy = actedBy;
    }

    public ReturnAction action() {
        return action;
    }

    public ReturnStatus fromStatus() {
        return fromStatus;
    }

    public ReturnStatus toStatus() {
        return toStatus;
    }

    public String reason() {
        return reason;
    }

    public LocalDateTime actedAt() {
        return actedAt;
    }

    public String actedBy() {
        return actedBy;
    }
}
