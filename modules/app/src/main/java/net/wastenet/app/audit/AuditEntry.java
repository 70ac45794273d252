package net.wastenet.app.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One line of the audit trail, as it is read. Immutable: no setter, and nothing in the application updates or
 * deletes it; {@link AuditTrail} writes the lines of each transaction together, with JDBC.
 */
@Entity
@Table(schema = "audit", name = "entry")
public class AuditEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    @SequenceGenerator(name = "audit_seq", schema = "audit", sequenceName = "id_seq", allocationSize = 50)
    private Long id;
    @Column(name = "recorded_at", updatable = false)
    private LocalDateTime recordedAt;
    @Column(updatable = false)
    private String actor;
    @Column(name = "record_type", updatable = false)
    private String recordType;
    @Column(name = "record_ref", updatable = false)
    private String recordRef;
    @Column(updatable = false)
    private String action;
    @Column(updatable = false)
    private String reason;
    @Column(name = "before_json", updatable = false)
    private String before;
    @Column(name = "after_json", updatable = false)
    private String after;

    protected AuditEntry() {
    }

    public Long id() {
        return id;
    }

    public LocalDateTime recordedAt() {
        return recordedAt;
    }

    public String actor() {
        return actor;
    }

    public String recordType() {
        return recordType;
    }

    public String recordRef() {
        return recordRef;
    }

    public String action() {
        return action;
    }

    public String reason() {
        return reason;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
