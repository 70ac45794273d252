package net.wastenet.quality.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.Text;

/**
 * A district's double-random inspection plan for a month: the communities drawn and the inspector drawn for each, with
 * the seed that draws them again ({@link DoubleRandomDraw}). One plan per district and month; it may be drawn again
 * (a new seed, a corrected roster) until its first planned inspection is recorded, never after.
 */
@Entity
@Table(schema = "quality", name = "inspection_plan")
public class InspectionPlan {
    /** A community drawn and its inspector. */
    @Embeddable
    public static class Assignment {
        /** Its place in the draw. Kept as a column of its own, not as a JPA order column: EclipseLink's update of an
         *  ordered collection of embeddables failed (IndexOutOfBoundsException) when a redraw reordered it. */
        private int position;
        @Column(name = "community_code")
        private String communityCode;
        private String inspector;

        protected Assignment() {
        }

        Assignment(int position, String communityCode, String inspector) {
            this.position = position;
            this.communityCode = communityCode;
            this.inspector = inspector;
        }

        public String communityCode() {
            return communityCode;
        }

        public String inspector() {
            return inspector;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_seq")
    private Long id;
    @Column(name = "district_code")
    private String districtCode;
    private String period;
    private long seed;
    @Column(name = "communities_drawn")
    private int communitiesDrawn;
    @Column(name = "drawn_at")
    private LocalDateTime drawnAt;
    @Column(name = "drawn_by")
    private String drawnBy;
    @Version
    private long version;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "quality", name = "plan_assignment", joinColumns = @JoinColumn(name = "plan_id"))
    @OrderBy("position")
    private List<Assignment> assignments = new ArrayList<>();

    protected InspectionPlan() {
    }

    /** Draws a district's plan for a month. */
    public static InspectionPlan draw(String districtCode, YearMonth period, long seed, List<String> communities, int count,
                                      List<DoubleRandomDraw.Candidate> roster, LocalDateTime now, String who) {
        InspectionPlan plan = new InspectionPlan();
        plan.districtCode = Objects.requireNonNull(districtCode);
        plan.period = period.toString();
        plan.take(seed, communities, count, roster, now, who);
        return plan;
    }

    /** Draws the plan again (409 once a planned inspection has been recorded: {@code started}). */
    public void redraw(long seed, List<String> communities, int count, List<DoubleRandomDraw.Candidate> roster, boolean started,
                       LocalDateTime now, String who) {
        if (started) {
            throw new ConflictException("period", Text.of("the plan of " + districtCode + " for " + period
                    + " has inspections recorded already: it cannot be drawn again",
                    districtCode + " " + period + " 的检查计划已开始实施（已有检查记录），不能重新抽取"));
        }
        take(seed, communities, count, roster, now, who);
    }

    private void take(long seed, List<String> communities, int count, List<DoubleRandomDraw.Candidate> roster, LocalDateTime now,
                      String who) {
        List<DoubleRandomDraw.Assignment> drawn = DoubleRandomDraw.draw(seed, communities, count, roster);
        this.seed = seed;
        this.communitiesDrawn = count;
        List<Assignment> taken = new ArrayList<>(drawn.size());
        for (DoubleRandomDraw.Assignment a : drawn) {
            taken.add(new Assignment(taken.size(), a.communityCode(), a.inspector()));
        }
        this.assignments = taken;
        this.drawnAt = now;
        this.drawnBy = who;
    }

    /** Whether the plan sends this inspector to this community (their inspection of it is planned). */
    public boolean assigns(String communityCode, String inspector) {
        return assignments.stream().anyMatch(a -> a.communityCode().equals(communityCode) && a.inspector().equals(inspector));
    }

    public Long id() {
        return id;
    }

    public String districtCode() {
        return districtCode;
    }

    public String period() {
        return period;
    }

    public long seed() {
        return seed;
    }

    public LocalDateTime drawnAt() {
        return drawnAt;
    }

    public String drawnBy() {
        return drawnBy;
    }

    public List<Assignment> assignments() {
        return List.copyOf(assignments);
    }

    /** The inspectors drawn, in the order they were first given a community. */
    public List<String> inspectors() {
        return List.copyOf(new LinkedHashSet<>(assignments.stream().map(Assignment::inspector).toList()));
    }
}
