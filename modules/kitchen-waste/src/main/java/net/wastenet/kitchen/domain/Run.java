package net.wastenet.kitchen.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A vehicle on a route on a day; the pickups of the day may name it. */
@Entity
@Table(schema = "kitchen", name = "run")
public class Run {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kitchen_seq")
    private Long id;
    @Column(name = "route_code")
    private String routeCode;
    @Column(name = "vehicle_code")
    private String vehicleCode;
    @Column(name = "hauler_code")
    private String haulerCode;
    @Column(name = "run_on")
    private LocalDate runOn;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected Run() {
    }

    public Run(Route route, Vehicle vehicle, LocalDate day, LocalDateTime now, String who) {
        if (!route.haulerCode().equals(vehicle.haulerCode())) {
            throw new IllegalArgumentException("the vehicle belongs to another hauler");
        }
        this.routeCode = route.code();
        this.vehicleCode = vehicle.code();
        this.haulerCode = route.haulerCode();
        this.runOn = day;
        this.createdAt = now;
        this.createdBy = who;
    }

    public Long id() {
        return id;
    }

    public String routeCode() {
        return routeCode;
    }

    public String vehicleCode() {
        return vehicleCode;
    }

    public String haulerCode() {
        return haulerCode;
    }

    public LocalDate runOn() {
        return runOn;
    }
}
