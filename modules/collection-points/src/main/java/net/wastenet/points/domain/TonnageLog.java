package net.wastenet.points.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Material;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Text;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.Weight;
import net.wastenet.shared.recording.Stamp;

/**
 * One weighing logged by station staff at a collection point (the tonnage log).
 *
 * <p>Rules: the point must accept the category and be in service and active on the day weighed; a
 * material must belong to the category. A record is never overwritten: a correction appends a
 * revision with who, when and why, and this row carries the current revision's values so that
 * lists and sums read one row per weighing. The time weighed is a fact of the scale and is not corrected.
 */
@Entity
@Table(schema = "points", name = "tonnage_log")
public class TonnageLog {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "points_seq")
    private Long id;
    @Column(name = "point_id")
    private Long pointId;
    @Column(name = "point_code")
    private String pointCode;
    @Column(name = "district_code")
    private String districtCode;
    @Enumerated(EnumType.STRING)
    private WasteCategory category;
    @Enumerated(EnumType.STRING)
    private Material material;
    @Column(name = "weight_kg")
    private BigDecimal weightKg;
    @Column(name = "weighed_at")
    private LocalDateTime weighedAt;
    @Column(name = "weighed_on")
    private LocalDate weighedOn;
    private int revision;
    @Column(name = "client_key")
    private String clientKey;
    @Column(name = "request_hash")
    private String requestHash;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @Version
    private long version;

    @OneToMany(mappedBy = "log", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("revision ASC")
    private List<TonnageRevision> revisions = new ArrayList<>();

    protected TonnageLog() {
    }

    private TonnageLog(CollectionPoint point, TonnageEntry entry, LocalDateTime weighedAt, String clientKey,
                       String requestHash, LocalDateTime now, String who) {
        this.pointId = point.id();
        this.pointCode = point.code();
        this.districtCode = point.districtCode();
        this.weighedAt = Objects.requireNonNull(weighedAt);
        this.weighedOn = weighedAt.toLocalDate();
        this.clientKey = clientKey;
        this.requestHash = Objects.requireNonNull(requestHash);
        this.createdAt = now;
        this.createdBy = who;
        apply(new TonnageRevision(this, 1, entry, null, now, who));
    }

    /**
     * Logs a weighing at a point after checking the point's rules (it accepts the category, it was in
     * service and active on the day weighed); every broken rule is reported at once under the client's
     * field names, and nothing is created.
     */
    public static TonnageLog record(CollectionPoint point, TonnageEntry entry, LocalDateTime weighedAt, Stamp stamp) {
        Problems problems = new Problems();
        point.checkCanReceive(entry.category(), weighedAt.toLocalDate(), "weighedAt", "category", problems);
        problems.throwIfAny();
        return new TonnageLog(point, entry, weighedAt, stamp.clientKey(), stamp.fingerprint(), stamp.at(), stamp.who());
    }

    /**
     * Corrects the weighing: the given values replace the current ones in a new revision, the rest
     * carry over. Changing the category clears a material that does not belong to the new one. A
     * correction must change something and the point must accept the resulting category.
     */
    public TonnageRevision correct(CollectionPoint point, WasteCategory newCategory, Material newMaterial,
                                   Weight newWeight, String reason, LocalDateTime now, String who) {
        return correct(point, newCategory, newMaterial, newWeight, null, reason, now, who);
    }

    /**
     * As above, made from the revision the user saw: when someone else has corrected the record since,
     * the correction is refused (409) rather than laid over a revision its author never saw.
     */
    public TonnageRevision correct(CollectionPoint point, WasteCategory newCategory, Material newMaterial,
                                   Weight newWeight, Integer basedOnRevision, String reason, LocalDateTime now, String who) {
        if (basedOnRevision != null && basedOnRevision != revision) {
            throw new ConflictException("basedOnRevision", Text.of("the record was corrected meanwhile: it is at revision "
                    + revision + ", the correction was made from revision " + basedOnRevision + "; read it again",
                    "该记录已被他人更正：当前为第 " + revision + " 版，本次更正基于第 " + basedOnRevision + " 版；请重新读取"));
        }
        WasteCategory category = newCategory != null ? newCategory : this.category;
        Material material = newMaterial != null ? newMaterial
                : (this.material != null && this.material.belongsTo(category) ? this.material : null);
        Weight weight = newWeight != null ? newWeight : new Weight(weightKg);
        Problems problems = new Problems();
        TonnageEntry.checkMaterial(category, material, "material", problems);
        point.checkCanReceive(category, null, "weighedAt", "category", problems);
        TonnageEntry current = current();
        problems.throwIfAny();
        TonnageEntry corrected = new TonnageEntry(category, material, weight);
        if (corrected.equals(current)) {
            throw new InvalidInputException("weightKg",
                    Text.of("the correction changes nothing: give a new weightKg, category or material",
                            "更正内容与当前记录相同：请提供新的重量、类别或细类"));
        }
        TonnageRevision next = new TonnageRevision(this, revision + 1, corrected, reason, now, who);
        apply(next);
        return next;
    }

    private void apply(TonnageRevision r) {
        revisions.add(r);
        TonnageEntry e = r.entry();
        this.revision = r.revision();
        this.category = e.category();
        this.material = e.material();
        this.weightKg = e.weight().kilograms();
    }

    /**
     * Numbers a new record as its repository stores it (with its first revision, in one JDBC batch for
     * many records): its id, and the version a stored record starts at.
     */
    public void storedAs(long id) {
        if (this.id != null) {
            throw new IllegalStateException("tonnage record " + this.id + " is stored already");
        }
        this.id = id;
        this.version = 1;
    }

    public TonnageEntry current() {
        return new TonnageEntry(category, material, new Weight(weightKg));
    }

    /** The fingerprint of the request that created it: a retry with its client key must carry the same. */
    public String requestHash() {
        return requestHash;
    }

    public Long id() {
        return id;
    }

    public Long pointId() {
        return pointId;
    }

    public String pointCode() {
        return pointCode;
    }

    public String districtCode() {
        return districtCode;
    }

    public LocalDateTime weighedAt() {
        return weighedAt;
    }

    public LocalDate weighedOn() {
        return weighedOn;
    }

    public int revision() {
        return revision;
    }

    public String clientKey() {
        return clientKey;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }

    public List<TonnageRevision> revisions() {
        return List.copyOf(revisions);
    }
}
