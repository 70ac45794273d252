package net.wastenet.kitchen.domain;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.wastenet.recyclables.api.SourceKind;
import net.wastenet.shared.Problems;
import net.wastenet.shared.recording.Stamp;

/**
 * A point's kitchen waste refused by the hauler at pickup for contamination (不合格不收运), and the notice it gives the
 * point.
 *
 * <p>Life cycle: OPEN when the hauler refuses (the point takes kitchen waste and is active that day; the hauler's own
 * photos may show why), with a due date {@code noticeDays} after the day of the refusal; CLOSED by the next clean pickup
 * at that point (a manifest picked up there after the refusal), which closes every open notice of the point. A notice
 * still open after its due date is overdue. A refusal is flagged {@code repeated} when the point already has an open
 * notice, or when it is the {@code Repeats#count}-th refusal of the point within {@code Repeats#days} days (this one
 * included); the reason is kept.
 */
@Entity
@Table(schema = "kitchen", name = "refusal")
public class Refusal {
    /** Where the notice stands. */
    public enum Status { OPEN, CLOSED }

    /** When a refusal counts as a repeat: {@code count} refusals of a point within {@code days} days. */
    public record Repeats(int count, int days) {
    }

    /** The point's refusals before this one, as the repeat rule reads them. */
    public record History(int openNotices, int refusalsInWindow) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "refusal_seq")
    @jakarta.persistence.SequenceGenerator(name = "refusal_seq", schema = "kitchen", sequenceName = "refusal_seq", allocationSize = 50)
    private Long id;
    @Column(name = "point_code")
    private String pointCode;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "hauler_code")
    private String haulerCode;
    @Column(name = "refused_at")
    private LocalDateTime refusedAt;
    @Column(name = "refused_on")
    private LocalDate refusedOn;
    private String reason;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "kitchen", name = "refusal_photo", joinColumns = @JoinColumn(name = "refusal_id"))
    @OrderColumn(name = "position")
    @Column(name = "photo_id")
    private List<Long> photoIds = new ArrayList<>();
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private Status status;
    private boolean repeated;
    @Column(name = "repeat_reason")
    private String repeatReason;
    @Column(name = "closed_at")
    private LocalDateTime closedAt;
    @Column(name = "closed_by_manifest_no")
    private String closedByManifestNo;
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

    protected Refusal() {
    }

    /**
     * The hauler refuses a point's kitchen waste at {@code at}: the point takes kitchen waste and was active that day.
     * Every broken rule is reported at once; nothing is created.
     */
    public static Refusal refuse(Source point, String haulerCode, LocalDateTime at, String reason, List<Long> photoIds,
                                 History history, Repeats repeats, int noticeDays, Stamp stamp) {
        Problems p = new Problems();
        p.require(point.kind() == SourceKind.POINT, "sourcePointCode", "a refusal is at a collection point", "拒收须针对投放点");
        point.checkCanHandOver(at.toLocalDate(), p);
        p.require(noticeDays > 0, "refusedAt", "the notice period must be at least one day", "整改期限至少一天");
        p.throwIfAny();
        Refusal r = new Refusal();
        r.pointCode = point.code();
        r.districtCode = point.districtCode();
        r.haulerCode = Objects.requireNonNull(haulerCode);
        r.refusedAt = at;
        r.refusedOn = at.toLocalDate();
        r.reason = Objects.requireNonNull(reason);
        r.photoIds = new ArrayList<>(photoIds);
        r.dueDate = r.refusedOn.plusDays(noticeDays);
        r.status = Status.OPEN;
        if (history.openNotices() > 0) {
            r.repeated = true;
            r.repeatReason = "OPEN_NOTICE";
        } else if (history.refusalsInWindow() + 1 >= repeats.count()) {
            r.repeated = true;
            r.repeatReason = "FREQUENT";
        }
        r.clientKey = stamp.clientKey();
        r.requestHash = stamp.fingerprint();
        r.createdAt = stamp.at();
        r.createdBy = stamp.who();
        return r;
    }

    /**
     * A pickup at the point closes the notice when it is clean and later than the refusal: a load taken there after
     * the refusal. Answers whether it closed it.
     */
    public boolean closeBy(String manifestNo, String sourcePointCode, LocalDateTime pickedUpAt) {
        if (status != Status.OPEN || !pointCode.equals(sourcePointCode) || !pickedUpAt.isAfter(refusedAt)) {
            return false;
        }
        status = Status.CLOSED;
        closedAt = pickedUpAt;
        closedByManifestNo = manifestNo;
        return true;
    }

    /** Open after its due date. */
    public boolean isOverdueOn(LocalDate day) {
        return status == Status.OPEN && day.isAfter(dueDate);
    }

    public String requestHash() {
        return requestHash;
    }

    public Long id() {
        return id;
    }

    public String pointCode() {
        return pointCode;
    }

    public String districtCode() {
        return districtCode;
    }

    public String haulerCode() {
        return haulerCode;
    }

    public LocalDateTime refusedAt() {
        return refusedAt;
    }

    public LocalDate refusedOn() {
        return refusedOn;
    }

    public String reason() {
        return reason;
    }

    public List<Long> photoIds() {
        return List.copyOf(photoIds);
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Status status() {
        return status;
    }

    public boolean repeated() {
        return repeated;
    }

    public String repeatReason() {
        return repeatReason;
    }

    public LocalDateTime closedAt() {
        return closedAt;
    }

    public String closedByManifestNo() {
        return closedByManifestNo;
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
}
