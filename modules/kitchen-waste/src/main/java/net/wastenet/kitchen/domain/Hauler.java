package net.wastenet.kitchen.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A transport operator licensed to collect kitchen waste. */
@Entity
@Table(schema = "kitchen", name = "hauler")
public class Hauler {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kitchen_seq")
    private Long id;
    private String code;
    private String name;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected Hauler() {
    }

    public Hauler(String code, String name, LocalDateTime now, String who) {
        this.code = code;
        this.name = name;
        this.createdAt = now;
        this.createdBy = who;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }
}
