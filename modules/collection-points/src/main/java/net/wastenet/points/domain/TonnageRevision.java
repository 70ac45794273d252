package net.wastenet.points.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Objects;
import net.wastenet.shared.Material;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.Weight;

/** One revision of a tonnage record, kept for ever: revision 1 is what was logged, each later one a correction with its reason. */
@Entity
@IdClass(TonnageRevision.Key.class)
@Table(schema = "points", name = "tonnage_revision")
public class TonnageRevision {
    @Id
    @ManyToOne(optional = false)
    @JoinColumn(name = "log_id")
    private TonnageLog log;
    @Id
    private int revision;
    @Enumerated(EnumType.STRING)
    private WasteCategory category;
    @Enumerated(EnumType.STRING)
    private Material material;
    @Column(name = "weight_kg")
    private BigDecimal weightKg;
    private String reason;
    @Column(name = "recorded_at")
    private LocalDateTime recordedAt;
    @Column(name = "recorded_by")
    private String recordedBy;

    protected TonnageRevision() {
    }

    TonnageRevision(TonnageLog log, int revision, TonnageEntry entry, String reason, LocalDateTime recordedAt,
                    String recordedBy) {
        this.log = log;
        this.revision = revision;
        this.category = entry.category();
        this.material = entry.material();
        this.weightKg = entry.weight().kilograms();
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public int revision() {
        return revision;
    }

    public TonnageEntry entry() {
        return new TonnageEntry(category, material, new Weight(weightKg));
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

    /** Composite key: the record and the revision number. */
    public static class Key implements Serializable {
        private Long log;
        private int revision;

        public Key() {
        }

        public Key(Long log, int revision) {
            this.log = log;
            this.revision = revision;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.log, log) && k.revision == revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(log, revision);
        }
    }
}
