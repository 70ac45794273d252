package net.wastenet.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Coverage evidence: a weighing at a point whose current revision is (or, after a correction, is no longer) kitchen waste. */
@Entity
@Table(schema = "reporting", name = "kitchen_log")
public class KitchenLogFact {
    @Id
    @Column(name = "log_id")
    private Long logId;
    @Column(name = "point_code")
    private String pointCode;
    @Column(name = "fact_on")
    private LocalDate day;
    private boolean kitchen;

    protected KitchenLogFact() {
    }

    public KitchenLogFact(long logId, String pointCode, LocalDate day, boolean kitchen) {
        this.logId = logId;
        this.pointCode = pointCode;
        this.day = day;
        this.kitchen = kitchen;
    }

    public void setKitchen(boolean kitchen) {
        this.kitchen = kitchen;
    }
}
