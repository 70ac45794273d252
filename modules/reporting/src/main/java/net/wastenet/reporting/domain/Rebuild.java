package net.wastenet.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One rebuild of the read model: asked for by someone (or a migration), run as a batch job in chunks,
 * counting what it copied. While one is QUEUED or RUNNING the read model is incomplete, and indicators
 * say so instead of answering from it.
 */
@Entity
@Table(schema = "reporting", name = "rebuild")
public class Rebuild {
    public enum Status { QUEUED, RUNNING, COMPLETED, FAILED }

    /** The job's steps in order, as the progress names them. */
    public enum Step { CLEAR, WEIGHINGS, RECEIPTS, TREATMENTS, SUMS }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_seq")
    private Long id;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Step step;
    private String reason;
    private String instance;
    @Column(name = "execution_id")
    private Long executionId;
    private long weighings;
    private long receipts;
    private long treatments;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "requested_at")
    private LocalDateTime requestedAt;
    @Column(name = "finished_at")
    private LocalDateTime finishedAt;
    private String message;

    protected Rebuild() {
    }

    public Rebuild(String reason, String instance, String requestedBy, LocalDateTime requestedAt) {
        this.status = Status.QUEUED;
        this.reason = reason.length() > 200 ? reason.substring(0, 200) : reason;
        this.instance = instance;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    public boolean isUnfinished() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }

    public void started(long executionId) {
        this.executionId = executionId;
        this.status = Status.RUNNING;
        this.finishedAt = null;
        this.message = null;
    }

    public void entered(Step step) {
        this.step = step;
    }

    /** A chunk of the copying steps committed: its records are counted in the same transaction. */
    public void copied(Step step, int records) {
        switch (step) {
            case WEIGHINGS -> weighings += records;
            case RECEIPTS -> receipts += records;
            case TREATMENTS -> treatments += records;
            default -> throw new IllegalArgumentException(step + " copies nothing");
        }
    }

    public void ended(boolean completed, String message, LocalDateTime at) {
        this.status = completed ? Status.COMPLETED : Status.FAILED;
        this.message = message == null || message.length() <= 500 ? message : message.substring(0, 500);
        this.finishedAt = at;
    }

    public Long id() {
        return id;
    }

    public Status status() {
        return status;
    }

    public Step step() {
        return step;
    }

    public String reason() {
        return reason;
    }

    public String instance() {
        return instance;
    }

    public Long executionId() {
        return executionId;
    }

    public long weighings() {
        return weighings;
    }

    public long receipts() {
        return receipts;
    }

    public long treatments() {
        return treatments;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public LocalDateTime requestedAt() {
        return requestedAt;
    }

    public LocalDateTime finishedAt() {
        return finishedAt;
    }

    public String message() {
        return message;
    }
}
