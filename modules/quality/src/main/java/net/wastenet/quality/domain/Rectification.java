package net.wastenet.quality.domain;

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
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.Text;

/**
 * What a community must fix after a failed inspection (整改), by a due date. OPEN when the failed inspection opens it;
 * COMPLETED when the district's officer records what was done (comment, photos); CLOSED by a passing inspection of the
 * community made after the one that opened it. One at a time per community: a community failing again while its
 * rectification is not closed keeps that one and its due date.
 *
 * <p>Overdue on a day when its due date has passed by then, it was not completed by its due date, and no passing
 * re-inspection had closed it by then ({@link #isOverdueOn}); an overdue rectification at the end of a period removes
 * the community's 达标 status for that period ({@link StandardRule}).
 */
@Entity
@Table(schema = "quality", name = "rectification")
public class Rectification {
    /** Where a rectification stands. */
    public enum Status { OPEN, COMPLETED, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_seq")
    private Long id;
    @Column(name = "community_code")
    private String communityCode;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "opened_by_inspection")
    private long openedByInspection;
    @Column(name = "opened_at")
    private LocalDateTime openedAt;
    @Column(name = "opened_on")
    private LocalDate openedOn;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "completed_at")
    private LocalDateTime completedAt;
    @Column(name = "completed_on")
    private LocalDate completedOn;
    @Column(name = "completed_by")
    private String completedBy;
    @Column(name = "completion_comment")
    private String completionComment;
    @Column(name = "closed_by_inspection")
    private Long closedByInspection;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "quality", name = "rectification_photo", joinColumns = @JoinColumn(name = "rectification_id"))
    @OrderColumn(name = "position")
    @Column(name = "photo_id")
    private List<Long> photoIds = new ArrayList<>();

    protected Rectification() {
    }

    /** Opened by a failed inspection (stored: it has its id), due {@code days} days after the inspection's day. */
    public static Rectification open(Inspection failed, int days) {
        if (failed.passed() || failed.id() == null) {
            throw new IllegalStateException("a rectification is opened by a stored failed inspection");
        }
        if (days < 1) {
            throw new IllegalArgumentException("a rectification is due at least a day later, not " + days);
        }
        Rectification r = new Rectification();
        r.communityCode = failed.communityCode();
        r.districtCode = failed.districtCode();
        r.openedByInspection = failed.id();
        r.openedAt = failed.inspectedAt();
        r.openedOn = failed.inspectedOn();
        r.dueDate = failed.inspectedOn().plusDays(days);
        r.status = Status.OPEN;
        return r;
    }

    /** The district's officer records what was done (409 unless OPEN). */
    public void complete(String comment, List<Long> photos, LocalDateTime at, String who) {
        if (status != Status.OPEN) {
            throw new ConflictException("id", Text.of("rectification " + id + " is " + status + " already",
                    "整改 " + id + " 已是 " + (status == Status.CLOSED ? "已关闭" : "已完成") + " 状态"));
        }
        this.status = Status.COMPLETED;
        this.completionComment = comment;
        this.photoIds = new ArrayList<>(photos);
        this.completedAt = at;
        this.completedOn = at.toLocalDate();
        this.completedBy = who;
    }

    /**
     * Whether a passing inspection closes it: one of the same community made after the failed inspection that opened
     * it, while it is not closed.
     */
    public boolean isClosedBy(Inspection inspection) {
        return status != Status.CLOSED && inspection.passed() && inspection.communityCode().equals(communityCode)
                && inspection.inspectedAt().isAfter(openedAt);
    }

    /** Closes it by a passing re-inspection (see {@link #isClosedBy}). */
    public void close(Inspection passing) {
        if (!isClosedBy(passing)) {
            throw new IllegalStateException("inspection " + passing.id() + " does not close rectification " + id);
        }
        this.status = Status.CLOSED;
        this.closedByInspection = passing.id();
        this.closedOn = passing.inspectedOn();
    }

    /**
     * Overdue on {@code day}: opened by then, its due date passed before it, not completed by the due date, and not
     * closed by a re-inspection on or before the day.
     */
    public boolean isOverdueOn(LocalDate day) {
        boolean openBy = !openedOn.isAfter(day);
        boolean duePassed = dueDate.isBefore(day);
        boolean completedInTime = completedOn != null && !completedOn.isAfter(dueDate);
        boolean closedBy = closedOn != null && !closedOn.isAfter(day);
        return openBy && duePassed && !completedInTime && !closedBy;
    }

    public Long id() {
        return id;
    }

    public String communityCode() {
        return communityCode;
    }

    public String districtCode() {
        return districtCode;
    }

    public long openedByInspection() {
        return openedByInspection;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Status status() {
        return status;
    }

    public LocalDateTime completedAt() {
        return completedAt;
    }

    public String completedBy() {
        return completedBy;
    }

    public String completionComment() {
        return completionComment;
    }

    public Long closedByInspection() {
        return closedByInspection;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public List<Long> photoIds() {
        return List.copyOf(photoIds);
    }
}
