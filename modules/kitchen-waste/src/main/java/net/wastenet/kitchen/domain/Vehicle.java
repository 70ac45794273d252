package net.wastenet.kitchen.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A hauler's vehicle, by plate, with the load it may carry. */
@Entity
@Table(schema = "kitchen", name = "vehicle")
public class Vehicle {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kitchen_seq")
    private Long id;
    private String code;
    @Column(name = "hauler_code")
    private String haulerCode;
    @Column(name = "capacity_kg")
    private BigDecimal capacityKg;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected Vehicle() {
    }

    public Vehicle(String code, String haulerCode, BigDecimal capacityKg, LocalDateTime now, String who) {
        if (capacityKg.signum() <= 0) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.code = code;
        this.haulerCode = haulerCode;
        this.capacityKg = capacityKg;
        this.createdAt = now;
        this.createdBy = who;
    }

    public String code() {
        return code;
    }

    public String haulerCode() {
        return haulerCode;
    }

    public BigDecimal capacityKg() {
        return capacityKg;
    }
}
