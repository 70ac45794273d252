package net.wastenet.points.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A residential community (居民小区): the unit of the sorting coverage rate, weighted by its
 * households in the household variant. In service from {@code activeFrom}.
 */
@Entity
@Table(schema = "points", name = "community")
public class Community {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "points_seq")
    @SequenceGenerator(name = "points_seq", schema = "points", sequenceName = "id_seq", allocationSize = 50)
    private Long id;
    private String code;
    private String name;
    @Column(name = "district_code")
    private String districtCode;
    private String street;
    private int households;
    private int residents;
    @Column(name = "active_from")
    private LocalDate activeFrom;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;

    protected Community() {
    }

    public Community(String code, String name, String districtCode, String street, int households, int residents,
                     LocalDate activeFrom, LocalDateTime createdAt, String createdBy) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.districtCode = Objects.requireNonNull(districtCode);
        this.street = street;
        if (households < 0 || residents < 0) {
            throw new IllegalArgumentException("households and residents cannot be negative");
        }
        this.households = households;
        this.residents = residents;
        this.activeFrom = Objects.requireNonNull(activeFrom);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String districtCode() {
        return districtCode;
    }

    public String street() {
        return street;
    }

    public int households() {
        return households;
    }

    public int residents() {
        return residents;
    }

    public LocalDate activeFrom() {
        return activeFrom;
    }
}
