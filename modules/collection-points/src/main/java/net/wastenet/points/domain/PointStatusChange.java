package net.wastenet.points.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One entry of a point's append-only status history: from {@code effectiveFrom} on, the point is {@code status}. */
@Entity
@Table(schema = "points", name = "point_status_change")
public class PointStatusChange {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "points_seq")
    private Long id;
    // lazy: read with its point's history, it must not load that point again (an import chunk's
    // points were each read once more, with all their collections, when this was eager)
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "point_id")
    private CollectionPoint point;
    @Enumerated(EnumType.STRING)
    private PointStatus status;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    private String reason;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected PointStatusChange() {
    }

    PointStatusChange(CollectionPoint point, PointStatus status, LocalDate effectiveFrom, String reason,
                      LocalDateTime recordedAt, String recordedBy) {
        this.point = point;
        this.status = status;
        this.effectiveFrom = effectiveFrom;
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public PointStatus status() {
        return status;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
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
