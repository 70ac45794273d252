package net.wastenet.points.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A county-level division (区（市）县) identified by its GB/T 2260 code, or a functional zone
 * reported like one. Reference data: Chengdu's 23 are loaded by migration; an administrator may add more.
 */
@Entity
@Table(schema = "points", name = "district")
public class District {
    @Id
    private String code;
    @Column(name = "name_zh")
    private String nameZh;
    @Column(name = "name_en")
    private String nameEn;
    @Enumerated(EnumType.STRING)
    private DistrictKind kind;
    @Column(name = "central_city")
    private boolean centralCity;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected District() {
    }

    public District(String code, String nameZh, String nameEn, DistrictKind kind, boolean centralCity,
                    LocalDateTime createdAt, String createdBy) {
        this.code = Objects.requireNonNull(code);
        this.nameZh = Objects.requireNonNull(nameZh);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.kind = Objects.requireNonNull(kind);
        this.centralCity = centralCity;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public DistrictKind kind() {
        return kind;
    }

    public boolean centralCity() {
        return centralCity;
    }
}
