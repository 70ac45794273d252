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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import net.wastenet.shared.Problems;

/**
 * A version of the bureau's rubric (评分细则): items with a maximum score, some of them veto items (kitchen-waste
 * purity below 90 %, mixed collection by the hauler), a pass score, and the rule that turns a period's inspections
 * into a 达标 verdict. Valid from a day: an inspection is scored by the version with the latest {@code validFrom} on or
 * before its day, so a later version never changes an earlier inspection. Never edited; the bureau adds a version.
 */
@Entity
@Table(schema = "quality", name = "rubric")
public class Rubric {
    /** The 达标 rule of issue 18: the period's latest inspection decides, an overdue rectification removes it. */
    public static final String LATEST_INSPECTION_NO_OVERDUE_RECTIFICATION = "LATEST_INSPECTION_NO_OVERDUE_RECTIFICATION";
    static final int MAX_ITEMS = 50;
    static final BigDecimal MAX_ITEM_SCORE = BigDecimal.valueOf(1000);

    /** One item of the rubric. */
    @Embeddable
    public static class Item {
        private String code;
        private String name;
        @Column(name = "max_score")
        private BigDecimal maxScore;
        private boolean veto;

        protected Item() {
        }

        public Item(String code, String name, BigDecimal maxScore, boolean veto) {
            this.code = Objects.requireNonNull(code);
            this.name = Objects.requireNonNull(name);
            this.maxScore = Objects.requireNonNull(maxScore);
            this.veto = veto;
        }

        public String code() {
            return code;
        }

        public String name() {
            return name;
        }

        public BigDecimal maxScore() {
            return maxScore;
        }

        public boolean veto() {
            return veto;
        }
    }

    /** A score given to an item at an inspection. */
    public record ItemScore(String itemCode, BigDecimal score) {
    }

    /** What the rubric makes of an inspection's scores and vetoes. */
    public record Verdict(BigDecimal totalScore, boolean passed, List<String> vetoes) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_seq")
    @SequenceGenerator(name = "quality_seq", schema = "quality", sequenceName = "id_seq", allocationSize = 50)
    private Long id;
    private String code;
    private String name;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Column(name = "pass_score")
    private BigDecimal passScore;
    @Column(name = "standard_rule")
    private String standardRule;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "quality", name = "rubric_item", joinColumns = @JoinColumn(name = "rubric_id"))
    @OrderColumn(name = "position")
    private List<Item> items = new ArrayList<>();

    protected Rubric() {
    }

    /**
     * A new version: at least one item and at most {@value #MAX_ITEMS}, item codes unique, each maximum 0 to 1000 with
     * at most one decimal, and a pass score (one decimal) no higher than the items' maxima add up to. Every broken
     * rule is reported at once under the client's field names.
     */
    public static Rubric define(String code, String name, LocalDate validFrom, BigDecimal passScore, List<Item> items,
                                LocalDateTime now, String who) {
        Problems p = new Problems();
        if (items.isEmpty() || items.size() > MAX_ITEMS) {
            p.add("items", "must list 1 to " + MAX_ITEMS + " items", "必须包含 1 到 " + MAX_ITEMS + " 个评分项");
        }
        Set<String> codes = new HashSet<>();
        BigDecimal most = BigDecimal.ZERO;
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            p.require(codes.add(item.code()), "items[" + i + "].code", "repeats the code " + item.code(), "评分项代码 " + item.code() + " 重复");
            boolean ok = item.maxScore().signum() >= 0 && item.maxScore().compareTo(MAX_ITEM_SCORE) <= 0
                    && item.maxScore().stripTrailingZeros().scale() <= 1;
            p.require(ok, "items[" + i + "].maxScore", "must be 0 to 1000, at most one decimal", "必须在 0 到 1000 之间，最多 1 位小数");
            most = most.add(item.maxScore());
        }
        boolean pass = passScore.signum() >= 0 && passScore.stripTrailingZeros().scale() <= 1;
        p.require(pass, "passScore", "must be 0 or more, at most one decimal", "必须大于或等于 0，最多 1 位小数");
        if (pass && !items.isEmpty()) {
            p.require(passScore.compareTo(most) <= 0, "passScore", "cannot exceed the items' maximum scores added up ("
                    + most.stripTrailingZeros().toPlainString() + ")", "不能超过各评分项满分之和（" + most.stripTrailingZeros().toPlainString() + "）");
        }
        p.throwIfAny();
        Rubric r = new Rubric();
        r.code = Objects.requireNonNull(code);
        r.name = Objects.requireNonNull(name);
        r.validFrom = Objects.requireNonNull(validFrom);
        r.passScore = passScore;
        r.standardRule = LATEST_INSPECTION_NO_OVERDUE_RECTIFICATION;
        r.items = new ArrayList<>(items);
        r.createdAt = now;
        r.createdBy = who;
        return r;
    }

    /** The version valid on a day: the latest {@code validFrom} on or before it (none before the first version). */
    public static Optional<Rubric> validOn(List<Rubric> versions, LocalDate day) {
        return versions.stream().filter(r -> !r.validFrom.isAfter(day)).max(Comparator.comparing(Rubric::validFrom));
    }

    /**
     * Scores an inspection: every item with a maximum above 0 scored exactly once, from 0 to its maximum with at most one
     * decimal, no item the rubric does not have; vetoes only of veto items. The total is the scores added up; the
     * inspection passes when the total reaches the pass score and no veto was found: a veto fails it whatever its score.
     */
    public Verdict score(List<ItemScore> scores, List<String> vetoes) {
        Problems p = new Problems();
        Map<String, Item> byCode = new LinkedHashMap<>();
        items.forEach(i -> byCode.put(i.code(), i));
        Set<String> scored = new HashSet<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < scores.size(); i++) {
            ItemScore s = scores.get(i);
            Item item = byCode.get(s.itemCode());
            if (item == null) {
                p.add("scores[" + i + "].itemCode", "is not an item of rubric " + code, "不是评分细则 " + code + " 的评分项");
                continue;
            }
            if (!scored.add(s.itemCode())) {
                p.add("scores[" + i + "].itemCode", "is scored twice", "重复评分");
                continue;
            }
            if (p.require(s.score().signum() >= 0 && s.score().compareTo(item.maxScore()) <= 0
                            && s.score().stripTrailingZeros().scale() <= 1, "scores[" + i + "].score",
                    "must be 0 to " + item.maxScore().stripTrailingZeros().toPlainString() + " (the item's maximum), at most one decimal",
                    "必须在 0 到 " + item.maxScore().stripTrailingZeros().toPlainString() + "（该项满分）之间，最多 1 位小数")) {
                total = total.add(s.score());
            }
        }
        for (Item item : items) {
            if (item.maxScore().signum() > 0 && !scored.contains(item.code()) && !p.has("scores")) {
                p.add("scores", "must score every item: " + item.code() + " is missing", "必须为每个评分项打分：缺少 " + item.code());
            }
        }
        Set<String> vetoed = new HashSet<>();
        for (int i = 0; i < vetoes.size(); i++) {
            Item item = byCode.get(vetoes.get(i));
            if (item == null || !item.veto()) {
                p.add("vetoes[" + i + "]", "is not a veto item of rubric " + code, "不是评分细则 " + code + " 的否决项");
            } else {
                p.require(vetoed.add(item.code()), "vetoes[" + i + "]", "is named twice", "重复");
            }
        }
        p.throwIfAny();
        List<String> found = items.stream().map(Item::code).filter(vetoed::contains).toList();
        return new Verdict(total.setScale(1, java.math.RoundingMode.UNNECESSARY), found.isEmpty() && total.compareTo(passScore) >= 0, found);
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

    public LocalDate validFrom() {
        return validFrom;
    }

    public BigDecimal passScore() {
        return passScore;
    }

    public String standardRule() {
        return standardRule;
    }

    public List<Item> items() {
        return List.copyOf(items);
    }
}
