package net.wastenet.quality.application;

import jakarta.json.bind.annotation.JsonbNillable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import net.wastenet.quality.domain.Inspection;
import net.wastenet.quality.domain.InspectionPlan;
import net.wastenet.quality.domain.Inspector;
import net.wastenet.quality.domain.Photo;
import net.wastenet.quality.domain.Rectification;
import net.wastenet.quality.domain.Rubric;
import net.wastenet.shared.CityClock;

/** What the module's endpoints answer. */
public final class Views {
    private Views() {
    }

    public record RubricItemView(String code, String name, BigDecimal maxScore, boolean veto) {
    }

    public record RubricView(String code, String name, LocalDate validFrom, BigDecimal passScore, String standardRule,
                             List<RubricItemView> items) {
    }

    public record AssignmentView(String communityCode, String inspector) {
    }

    public record PlanView(long id, String districtCode, String period, long seed, List<String> communities, List<String> inspectors,
                           List<AssignmentView> assignments, boolean started, OffsetDateTime drawnAt, String drawnBy) {
    }

    public record InspectorView(String username, Set<String> districtCodes, String homeCommunityCode, Set<String> servedCommunityCodes) {
    }

    public record PhotoView(long id, String sha256, String contentType, int sizeBytes) {
    }

    public record ScoreView(String itemCode, BigDecimal score) {
    }

    public record InspectionView(long id, String communityCode, String districtCode, OffsetDateTime inspectedAt, String rubricCode,
                                 BigDecimal totalScore, BigDecimal passScore, boolean passed, boolean planned, Long planId,
                                 Long rectificationId, List<ScoreView> scores, Set<String> vetoes, String comment, List<Long> photoIds,
                                 BigDecimal latitude, BigDecimal longitude, String inspectedBy) {
    }

    public record RectificationView(long id, String communityCode, String districtCode, long openedByInspection, LocalDate openedOn,
                                    LocalDate dueDate, String status, boolean overdue, OffsetDateTime completedAt, String completedBy,
                                    String comment, List<Long> photoIds, Long closedByInspection, LocalDate closedOn) {
    }

    /** A community's 达标 verdict (standard null: not inspected in the period), as GET /communities/standard answers it. */
    @JsonbNillable
    /**
     * A community's 达标 status, with the contamination found at the points serving it in the period: kitchen waste refused
     * at pickup ({@code refusals}, of which {@code repeatedRefusals} flagged as repeats) and loads rejected at the plant
     * ({@code rejections}, {@code rejectedKg}).
     */
    public record StandardView(String communityCode, Boolean standard, Integer inspections, BigDecimal lastScore, String reason,
                               int refusals, int repeatedRefusals, int rejections, BigDecimal rejectedKg) {
    }

    /** Contamination found at a point serving a community: a refusal at pickup or a rejection at the plant. */
    public record ContaminationView(String kind, String pointCode, String districtCode, java.time.LocalDate day, String reference,
                                    BigDecimal weightKg, boolean repeated) {
    }

    static ContaminationView of(net.wastenet.quality.domain.Contamination c) {
        return new ContaminationView(c.kind().name(), c.pointCode(), c.districtCode(), c.foundOn(), c.reference(), c.weightKg(),
                c.repeated());
    }

    static RubricView of(Rubric r) {
        return new RubricView(r.code(), r.name(), r.validFrom(), r.passScore(), r.standardRule(),
                r.items().stream().map(i -> new RubricItemView(i.code(), i.name(), i.maxScore(), i.veto())).toList());
    }

    static PlanView of(InspectionPlan p, boolean started) {
        return new PlanView(p.id(), p.districtCode(), p.period(), p.seed(),
                p.assignments().stream().map(InspectionPlan.Assignment::communityCode).toList(), p.inspectors(),
                p.assignments().stream().map(a -> new AssignmentView(a.communityCode(), a.inspector())).toList(), started,
                CityClock.toOffset(p.drawnAt()), p.drawnBy());
    }

    static InspectorView of(Inspector i) {
        return new InspectorView(i.username(), i.districts(), i.homeCommunity(), i.servedCommunities());
    }

    static PhotoView of(Photo p) {
        return new PhotoView(p.id(), p.sha256(), p.contentType(), p.sizeBytes());
    }

    static InspectionView of(Inspection i) {
        return new InspectionView(i.id(), i.communityCode(), i.districtCode(), CityClock.toOffset(i.inspectedAt()), i.rubricCode(),
                i.totalScore(), i.passScore(), i.passed(), i.planned(), i.planId(), i.rectificationId(),
                i.scores().stream().map(s -> new ScoreView(s.itemCode(), s.score())).toList(), i.vetoes(), i.comment(), i.photoIds(),
                i.latitude(), i.longitude(), i.createdBy());
    }

    static RectificationView of(Rectification r, LocalDate today) {
        return new RectificationView(r.id(), r.communityCode(), r.districtCode(), r.openedByInspection(), r.openedOn(), r.dueDate(),
                r.status().name(), r.isOverdueOn(today), r.completedAt() == null ? null : CityClock.toOffset(r.completedAt()),
                r.completedBy(), r.completionComment(), r.photoIds(), r.closedByInspection(), r.closedOn());
    }
}
