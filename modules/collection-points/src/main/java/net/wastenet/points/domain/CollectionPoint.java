package net.wastenet.points.domain;

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
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.Problems;
import net.wastenet.shared.WasteCategory;

/**
 * A collection point of either network (投放点, 收集站, 回收网点, 两网融合服务点): where waste or
 * recyclables are handed in and weighed.
 *
 * <p>Life cycle: registered ACTIVE from {@code activeFrom}; later status changes (suspended, closed,
 * active again) are appended with the date they take effect, never edited, so the status on any
 * past date stays answerable. A point receives waste on a day only if it was in service and active
 * that day, and only the categories it accepts.
 */
@Entity
@Table(schema = "points", name = "collection_point")
public class CollectionPoint {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "points_seq")
    private Long id;
    private String code;
    private String name;
    @Enumerated(EnumType.STRING)
    private PointKind kind;
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
    @CollectionTable(schema = "points", name = "point_category", joinColumns = @JoinColumn(name = "point_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    private Set<WasteCategory> acceptedCategories = EnumSet.noneOf(WasteCategory.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "points", name = "point_community", joinColumns = @JoinColumn(name = "point_id"))
    @Column(name = "community_code")
    private Set<String> servedCommunities = new LinkedHashSet<>();

    @OneToMany(mappedBy = "point", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("effectiveFrom ASC, id ASC")
    private List<PointStatusChange> statusHistory = new ArrayList<>();

    protected CollectionPoint() {
    }

    public CollectionPoint(String code, String name, PointKind kind, String districtCode, Location location,
                           Set<WasteCategory> acceptedCategories, Set<String> servedCommunities, LocalDate activeFrom,
                           LocalDateTime createdAt, String createdBy) {
        this.code = Objects.requireNonNull(code);
        this.name = Objects.requireNonNull(name);
        this.kind = Objects.requireNonNull(kind);
        this.districtCode = Objects.requireNonNull(districtCode);
        this.latitude = location.latitude();
        this.longitude = location.longitude();
        if (acceptedCategories.isEmpty()) {
            throw new IllegalArgumentException("a point accepts at least one category");
        }
        this.acceptedCategories = EnumSet.copyOf(acceptedCategories);
        this.servedCommunities = new LinkedHashSet<>(servedCommunities);
        this.activeFrom = Objects.requireNonNull(activeFrom);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.createdBy = Objects.requireNonNull(createdBy);
        statusHistory.add(new PointStatusChange(this, PointStatus.ACTIVE, activeFrom, "registered", createdAt, createdBy));
    }

    /**
     * The point's status on a day, or {@code null} before it came into service: the latest change
     * effective on or before the day (for two on the same day, the one recorded last).
     */
    public PointStatus statusOn(LocalDate day) {
        return StatusHistory.on(history(), day);
    }

    private List<StatusHistory.Entry> history() {
        return statusHistory.stream().map(c -> new StatusHistory.Entry(c.status(), c.effectiveFrom(), c.recordedAt())).toList();
    }

    public boolean isActiveOn(LocalDate day) {
        return statusOn(day) == PointStatus.ACTIVE;
    }

    /** Whether the point was active on at least one day of a period. */
    public boolean wasActiveDuring(DateRange period) {
        return StatusHistory.activeDuring(history(), period);
    }

    public boolean accepts(WasteCategory category) {
        return acceptedCategories.contains(category);
    }

    /**
     * Checks that this point may receive waste of a category on a day, recording each reason it
     * may not under the client's field names ({@code weighedAt}, {@code category}).
     */
    public void checkCanReceive(WasteCategory category, LocalDate day, String dayField, String categoryField,
                                Problems problems) {
        if (day != null) {
            if (day.isBefore(activeFrom)) {
                problems.add(dayField,
                        "is before point " + code + " came into service on " + activeFrom,
                        "早于投放点 " + code + " 启用日期 " + activeFrom);
            } else {
                PointStatus status = statusOn(day);
                problems.require(status == PointStatus.ACTIVE, dayField,
                        "point " + code + " was " + status + " on " + day + ", not ACTIVE",
                        "投放点 " + code + " 在 " + day + " 的状态为 " + status + "，不是启用状态");
            }
        }
        if (category != null) {
            problems.require(accepts(category), categoryField,
                    "point " + code + " does not accept " + category + " (it accepts " + acceptedCategories + ")",
                    "投放点 " + code + " 不接收" + category.nameZh() + "（接收：" + acceptedCategories + "）");
        }
    }

    /**
     * Appends a status change. It takes effect from a date not before the point came into service;
     * the history before that date is untouched.
     */
    public PointStatusChange changeStatus(PointStatus status, LocalDate effectiveFrom, String reason,
                                          LocalDateTime now, String who) {
        Problems problems = new Problems();
        problems.require(!effectiveFrom.isBefore(activeFrom), "effectiveFrom",
                "must not be before the point came into service on " + activeFrom,
                "不得早于投放点启用日期 " + activeFrom);
        problems.throwIfAny();
        PointStatusChange change = new PointStatusChange(this, status, effectiveFrom, reason, now, who);
        statusHistory.add(change);
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

    public PointKind kind() {
        return kind;
    }

    public String districtCode() {
        return districtCode;
    }

    public Location location() {
        return new Location(latitude, longitude);
    }

    public LocalDate activeFrom() {
        return activeFrom;
    }

    public Set<WasteCategory> acceptedCategories() {
        return acceptedCategories.isEmpty() ? EnumSet.noneOf(WasteCategory.class) : EnumSet.copyOf(acceptedCategories);
    }

    public Set<String> servedCommunities() {
        return Set.copyOf(servedCommunities);
    }

    public List<PointStatusChange> statusHistory() {
        return List.copyOf(statusHistory);
    }
}
