package net.wastenet.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** The figures of a return as signed when it was locked (JSON of the indicator answer), one per lock. */
@Entity
@Table(schema = "reporting", name = "signed_return")
public class SignedReturn {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_seq")
    private Long id;
    @Column(name = "return_id")
    private Long returnId;
    @Column(name = "lock_no")
    private int lockNo;
    @Column(name = "signed_at")
    private LocalDateTime signedAt;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "definition_set")
    private String definitionSet;
    private String figures;

    protected SignedReturn() {
    }

    public SignedReturn(DistrictReturn r, String definitionSet, String figures, LocalDateTime signedAt, String signedBy) {
        this.returnId = r.id();
        this.lockNo = r.lockCount();
        this.definitionSet = definitionSet;
        this.figures = figures;
        this.signedAt = signedAt;
        this.signedBy = signedBy;
    }

    public int lockNo() {
        return lockNo;
    }

    public LocalDateTime signedAt() {
        return signedAt;
    }

    public String signedBy() {
        return signedBy;
    }

    public String definitionSet() {
        return definitionSet;
    }

    public String figures() {
        return figures;
    }
}
