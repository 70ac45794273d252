package net.wastenet.kitchen.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import net.wastenet.shared.Material;

/** A registered producer of kitchen waste: a restaurant or canteen (catering waste) or a market (other kitchen waste). */
@Entity
@Table(schema = "kitchen", name = "producer")
public class Producer {
    /** What kind of producer, and so which kitchen-waste material it hands over. */
    public enum Kind {
        RESTAURANT(Material.CATERING), CANTEEN(Material.CATERING), MARKET(Material.OTHER_KITCHEN);

        private final Material material;

        Kind(Material material) {
            this.material = material;
        }

        public Material material() {
            return material;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kitchen_seq")
    @SequenceGenerator(name = "kitchen_seq", schema = "kitchen", sequenceName = "id_seq", allocationSize = 50)
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "active_from")
    private LocalDate activeFrom;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected Producer() {
    }

    public Producer(String code, String name, Kind kind, String districtCode, LocalDate activeFrom, LocalDateTime now, String who) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.districtCode = districtCode;
        this.activeFrom = activeFrom;
        this.createdAt = now;
        this.createdBy = who;
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(activeFrom);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public String districtCode() {
        return districtCode;
    }

    public LocalDate activeFrom() {
        return activeFrom;
    }
}
