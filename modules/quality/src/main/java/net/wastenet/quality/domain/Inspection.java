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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import net.wastenet.shared.recording.Stamp;

/**
 * A scored visit to a community (督导检查): when, by whom, the rubric version valid on its day, each item's score, the
 * vetoes found, a comment, photos and the position. Its total and verdict are the rubric's ({@link Rubric#score}) and
 * are kept with it: a later rubric version never changes them. Planned when the month's double-random plan of the
 * district sends its inspector to this community; an inspection outside the plan is allowed and marked so.
 */
@Entity
@Table(schema = "quality", name = "inspection")
public class Inspection {
    /** An item's score as recorded. */
    @Embeddable
    public static class Score {
        @Column(name = "item_code")
        private String itemCode;
        private BigDecimal score;

        protected Score() {
        }

        Score(String itemCode, BigDecimal score) {
            this.itemCode = itemCode;
            this.score = score;
        }

        public String itemCode() {
            return itemCode;
        }

        public BigDecimal score() {
            return score;
        }
    }

    /** The community inspected, as the inspection needs it. */
    public record Community(String code, String districtCode) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_seq")
    private Long id;
    @Column(name = "community_code")
    private String communityCode;
    @Column(name = "district_code")
    private String districtCode;
    @Column(name = "inspected_at")
    private LocalDateTime inspectedAt;
    @Column(name = "inspected_on")
    private LocalDate inspectedOn;
    @Column(name = "rubric_code")
    private String rubricCode;
    @Column(name = "total_score")
    private BigDecimal totalScore;
    @Column(name = "pass_score")
    private BigDecimal passScore;
    private boolean passed;
    private boolean planned;
    @Column(name = "plan_id")
    private Long planId;
    private String comment;
    private BigDecimal latitude;
    private BigDecimal longitude;
    @Column(name = "rectification_id")
    private Long rectificationId;
    @Column(name = "client_key")
    private String clientKey;
    @Column(name = "request_hash")
    private String requestHash;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "quality", name = "inspection_score", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    private List<Score> scores = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "quality", name = "inspection_veto", joinColumns = @JoinColumn(name = "inspection_id"))
    @Column(name = "item_code")
    private Set<String> vetoes = new HashSet<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "quality", name = "inspection_photo", joinColumns = @JoinColumn(name = "inspection_id"))
    @OrderColumn(name = "position")
    @Column(name = "photo_id")
    private List<Long> photoIds = new ArrayList<>();

    protected Inspection() {
    }

    /**
     * An inspection scored by {@code rubric} (the version valid on its day: the caller chose it), planned when
     * {@code plan} (the district's plan of the month, or null) sends the inspector to the community. The rubric's
     * rules refuse the scores (400, every broken rule at once); nothing is created then.
     */
    public static Inspection record(Community community, LocalDateTime at, Rubric rubric, List<Rubric.ItemScore> itemScores,
                                    List<String> vetoes, String comment, List<Long> photoIds, BigDecimal latitude,
                                    BigDecimal longitude, InspectionPlan plan, Stamp stamp) {
        Rubric.Verdict verdict = rubric.score(itemScores, vetoes);
        Inspection i = new Inspection();
        i.communityCode = Objects.requireNonNull(community.code());
        i.districtCode = Objects.requireNonNull(community.districtCode());
        i.inspectedAt = Objects.requireNonNull(at);
        i.inspectedOn = at.toLocalDate();
        i.rubricCode = rubric.code();
        i.passScore = rubric.passScore();
        i.totalScore = verdict.totalScore();
        i.passed = verdict.passed();
        i.vetoes = new HashSet<>(verdict.vetoes());
        i.scores = new ArrayList<>(itemScores.stream().map(s -> new Score(s.itemCode(), s.score())).toList());
        i.planned = plan != null && plan.assigns(community.code(), stamp.who());
        i.planId = i.planned ? plan.id() : null;
        i.comment = comment;
        i.photoIds = new ArrayList<>(photoIds);
        i.latitude = latitude;
        i.longitude = longitude;
        i.clientKey = stamp.clientKey();
        i.requestHash = stamp.fingerprint();
        i.createdAt = stamp.at();
        i.createdBy = stamp.who();
        return i;
    }

    /**
     * The rectification the inspection concerns: the one a failed inspection opened or found open (a second failure keeps
     * its due date), or the one a passing re-inspection closed.
     */
    public void concerns(long rectificationId) {
        this.rectificationId = rectificationId;
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

    public LocalDateTime inspectedAt() {
        return inspectedAt;
    }

    public LocalDate inspectedOn() {
        return inspectedOn;
    }

    public String rubricCode() {
        return rubricCode;
    }

    public BigDecimal totalScore() {
        return totalScore;
    }

    public BigDecimal passScore() {
        return passScore;
    }

    public boolean passed() {
        return passed;
    }

    public boolean planned() {
        return planned;
    }

    public Long planId() {
        return planId;
    }

    public String comment() {
        return comment;
    }

    public BigDecimal latitude() {
        return latitude;
    }

    public BigDecimal longitude() {
        return longitude;
    }

    public Long rectificationId() {
        return rectificationId;
    }

    public String requestHash() {
        return requestHash;
    }

    public String clientKey() {
        return clientKey;
    }

    public String createdBy() {
        return createdBy;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public List<Score> scores() {
        return List.copyOf(scores);
    }

    public Set<String> vetoes() {
        return new TreeSet<>(vetoes);
    }

    public List<Long> photoIds() {
        return List.copyOf(photoIds);
    }
}
