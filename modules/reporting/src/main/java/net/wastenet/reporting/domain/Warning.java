package net.wastenet.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.Text;

/**
 * A soft warning, kept with a reference to what raised it. It is confirmed once, with a comment;
 * a later entry that makes the same day worse updates its message but keeps the confirmation.
 */
@Entity
@Table(schema = "reporting", name = "warning")
public class Warning {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_seq")
    private Long id;
    @Enumerated(EnumType.STRING)
    private WarningKind kind;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "fact_on")
    private LocalDate day;
    @Column(name = "record_ref")
    private String recordRef;
    @Column(name = "message_en")
    private String messageEn;
    @Column(name = "message_zh")
    private String messageZh;
    @Column(name = "raised_at")
    private LocalDateTime raisedAt;
    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(name = "confirm_note")
    private String comment;

    protected Warning() {
    }

    public Warning(WarningKind kind, String districtCode, LocalDate day, String recordRef, Text message, LocalDateTime now) {
        this.kind = kind;
        this.districtCode = districtCode;
        this.day = day;
        this.recordRef = recordRef;
        this.messageEn = message.en();
        this.messageZh = message.zh();
        this.raisedAt = now;
    }

    /**
     * The warning of a community's overdue rectification: referring to it ({@code rectification <id>}), dated on its first
     * overdue day (the day after its due date), in the rectification's district.
     */
    public static Warning rectificationOverdue(long rectificationId, String communityCode, String districtCode, long openedByInspection,
                                               LocalDate openedOn, LocalDate dueDate, LocalDateTime now) {
        return new Warning(WarningKind.RECTIFICATION_OVERDUE, districtCode, dueDate.plusDays(1), rectificationRef(rectificationId),
                Text.of("rectification " + rectificationId + " of community " + communityCode + " (opened by inspection " + openedByInspection
                                + " on " + openedOn + ") was due on " + dueDate + " and is overdue: not completed in time, not closed by a re-inspection",
                        "小区 " + communityCode + " 的整改 " + rectificationId + "（由 " + openedOn + " 的检查 " + openedByInspection
                                + " 发起）截止日期为 " + dueDate + "，已逾期：未按期完成，也未经复查关闭"),
                now);
    }

    /** How a rectification's warning refers to it. */
    public static String rectificationRef(long rectificationId) {
        return "rectification " + rectificationId;
    }

    /**
     * The re-inspection that closed the rectification confirms its warning, in the inspector's name; a warning the
     * officer confirmed already keeps that confirmation (false).
     */
    public boolean closeByReinspection(long inspectionId, LocalDate closedOn, String inspector, LocalDateTime now) {
        if (kind != WarningKind.RECTIFICATION_OVERDUE) {
            throw new IllegalStateException("only a rectification's warning is closed by a re-inspection, not " + kind);
        }
        if (isConfirmed()) {
            return false;
        }
        confirm("closed by re-inspection " + inspectionId + " on " + closedOn + " / 复查 " + inspectionId + " 于 " + closedOn + " 通过，整改关闭",
                now, inspector);
        return true;
    }

    public void confirm(String comment, LocalDateTime now, String who) {
        if (confirmedAt != null) {
            throw new ConflictException("id", Text.of("the warning was confirmed already by " + confirmedBy,
                    "该预警已由 " + confirmedBy + " 确认"));
        }
        this.comment = comment;
        this.confirmedAt = now;
        this.confirmedBy = who;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Long id() {
        return id;
    }

    public WarningKind kind() {
        return kind;
    }

    public String districtCode() {
        return districtCode;
    }

    public LocalDate day() {
        return day;
    }

    public String recordRef() {
        return recordRef;
    }

    public Text message() {
        return Text.of(messageEn, messageZh);
    }

    public LocalDateTime raisedAt() {
        return raisedAt;
    }

    public LocalDateTime confirmedAt() {
        return confirmedAt;
    }

    public String confirmedBy() {
        return confirmedBy;
    }

    public String comment() {
        return comment;
    }
}
