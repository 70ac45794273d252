package net.wastenet.recyclables.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.shared.Material;
import net.wastenet.shared.Problems;
import net.wastenet.shared.WasteCategory;

/**
 * A facility of the chain: sorting centre, recycling processor, kitchen-waste plant, incineration
 * plant, landfill or hazardous-waste facility, with a design capacity in tonnes per day.
 *
 * <p>Life cycle: in service from {@code activeFrom} with its first capacity; capacity changes
 * (a second phase, a derating) are appended with the date they take effect, so utilisation of a
 * past period uses the capacity of each of its days. It receives the categories its kind receives
 * and, when a list is set, only those materials.
 */
@Entity
@Table(schema = "recyclables", name = "facility")
public class Facility {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recyclables_seq")
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private FacilityKind kind;
    @Column(name = "district_code")
    private String districtCode;
    private BigDecimal latitude;
    private BigDecimal longitude;
    @Column(name = "active_from")
    private LocalDate activeFrom;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "recyclables", name = "facility_material", joinColumns = @JoinColumn(name = "facility_id"))
    @Column(name = "material")
    @Enumerated(EnumType.STRING)
    private Set<Material> acceptedMaterials = EnumSet.noneOf(Material.class);

    @OneToMany(mappedBy = "facility", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("effectiveFrom ASC, id ASC")
    private List<CapacityChange> capacityHistory = new ArrayList<>();

    protected Facility() {
    }

    public Facility(String code, String name, FacilityKind kind, String districtCode, BigDecimal latitude,
                    BigDecimal longitude, BigDecimal tonnesPerDay, Set<Material> acceptedMaterials, LocalDate activeFrom,
                    LocalDateTime createdAt, String createdBy) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.districtCode = Objects.requireNonNull(districtCode);
        this.latitude = latitude;
        this.longitude = longitude;
        this.activeFrom = Objects.requireNonNull(activeFrom);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        for (Material m : acceptedMaterials) {
            if (!kind.receives().contains(m.category())) {
                throw new IllegalArgumentException(kind + " receives no " + m);
            }
        }
        this.acceptedMaterials = acceptedMaterials.isEmpty() ? EnumSet.noneOf(Material.class) : EnumSet.copyOf(acceptedMaterials);
        capacityHistory.add(new CapacityChange(this, activeFrom, tonnesPerDay, "commissioned", createdAt, createdBy));
    }

    /** Design capacity in tonnes per day on a day, or null before the facility came into service. */
    public BigDecimal capacityOn(LocalDate day) {
        return capacityHistory.stream().filter(c -> !c.effectiveFrom().isAfter(day))
                .max(Comparator.comparing(CapacityChange::effectiveFrom).thenComparing(CapacityChange::recordedAt))
                .map(CapacityChange::tonnesPerDay).orElse(null);
    }

    public boolean isInServiceOn(LocalDate day) {
        return !day.isBefore(activeFrom);
    }

    /**
     * Checks that the facility may receive a category (and material) on a day, recording each
     * reason it may not under the client's field names.
     */
    public void checkCanReceive(WasteCategory category, Material material, LocalDate day, String dayField,
                                String categoryField, String materialField, Problems problems) {
        if (day != null && !isInServiceOn(day)) {
            problems.add(dayField, "is before facility " + code + " came into service on " + activeFrom,
                    "早于设施 " + code + " 投运日期 " + activeFrom);
        }
        if (category != null && !kind.receives().contains(category)) {
            problems.add(categoryField, "a " + kind + " receives no " + category + " (facility " + code + ")",
                    "设施 " + code + "（" + kind + "）不接收" + category.nameZh());
        }
        if (material != null && !acceptedMaterials.isEmpty() && !acceptedMaterials.contains(material)) {
            problems.add(materialField, "facility " + code + " does not accept " + material + " (it accepts " + acceptedMaterials + ")",
                    "设施 " + code + " 不接收" + material.nameZh() + "（接收：" + acceptedMaterials + "）");
        }
    }

    /** Appends a capacity change, effective from a date not before the facility came into service. */
    public CapacityChange changeCapacity(BigDecimal tonnesPerDay, LocalDate effectiveFrom, String reason,
                                         LocalDateTime now, String who) {
        Problems problems = new Problems();
        problems.require(!effectiveFrom.isBefore(activeFrom), "effectiveFrom",
                "must not be before the facility came into service on " + activeFrom, "不得早于设施投运日期 " + activeFrom);
        problems.require(tonnesPerDay.signum() > 0, "designCapacityTonnesPerDay", "must be greater than 0", "必须大于 0");
        problems.throwIfAny();
        CapacityChange change = new CapacityChange(this, effectiveFrom, tonnesPerDay, reason, now, who);
        capacityHistory.add(change);
        return change;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public FacilityKind kind() {
        return kind;
    }

    public String districtCode() {
        return districtCode;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public LocalDate activeFrom() {
        return activeFrom;
    }

    public Set<Material> acceptedMaterials() {
        return acceptedMaterials.isEmpty() ? EnumSet.noneOf(Material.class) : EnumSet.copyOf(acceptedMaterials);
    }

    public List<CapacityChange> capacityHistory() {
        return List.copyOf(capacityHistory);
    }
}
