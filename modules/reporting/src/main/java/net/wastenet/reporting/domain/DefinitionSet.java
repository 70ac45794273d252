package net.wastenet.reporting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A version of the indicators' definitions: the resource-utilisation conversion coefficients, the
 * targets, and the coverage rule. Effective from a date: a period is computed with the set in effect
 * on its last day, so a past period recomputes as it was. Never edited; the bureau adds a new one.
 */
@Entity
@Table(schema = "reporting", name = "definition_set")
public class DefinitionSet {
    /** The coverage rule of the product brief: the serving points together take all four categories, and one logged kitchen waste. */
    public static final String ALL_FOUR_AND_KITCHEN_LOGGED = "ALL_FOUR_AND_KITCHEN_LOGGED";

    /**
     * Refuses (400, naming {@code field}) a day before the earliest definition set takes effect: no
     * indicator is defined for it, so no period may start there and no record may be dated there.
     */
    public static void requireDefinedOn(LocalDate day, LocalDate earliest, String field) {
        if (earliest == null) {
            throw net.wastenet.shared.FirstReportedDay.noneYet(field);
        }
        new net.wastenet.shared.FirstReportedDay(earliest).require(day, field);
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_seq")
    @SequenceGenerator(name = "reporting_seq", schema = "reporting", sequenceName = "id_seq", allocationSize = 50)
    private Long id;
    private String name;
    @Column(name = "effective_from")
    private LocalDate effectiveFrom;
    @Column(name = "k_incineration")
    private BigDecimal kIncineration;
    @Column(name = "k_kitchen")
    private BigDecimal kKitchen;
    @Column(name = "k_landfill")
    private BigDecimal kLandfill;
    @Column(name = "target_coverage")
    private BigDecimal targetCoverage;
    @Column(name = "target_recovery")
    private BigDecimal targetRecovery;
    @Column(name = "target_resource")
    private BigDecimal targetResource;
    @Column(name = "target_harmless")
    private BigDecimal targetHarmless;
    @Column(name = "target_standard_communities")
    private Integer targetStandardCommunities;
    @Column(name = "coverage_rule")
    private String coverageRule;
    private String note;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected DefinitionSet() {
    }

    public DefinitionSet(String name, LocalDate effectiveFrom, Coefficients k, Targets targets, String note,
                         LocalDateTime now, String who) {
        this.name = name;
        this.effectiveFrom = effectiveFrom;
        this.kIncineration = k.incineration();
        this.kKitchen = k.kitchen();
        this.kLandfill = k.landfill();
        this.targetCoverage = targets.coverage();
        this.targetRecovery = targets.recovery();
        this.targetResource = targets.resourceUtilisation();
        this.targetHarmless = targets.harmlessTreatment();
        this.targetStandardCommunities = targets.standardCommunities();
        this.coverageRule = ALL_FOUR_AND_KITCHEN_LOGGED;
        this.note = note;
        this.createdAt = now;
        this.createdBy = who;
    }

    /** The resource-utilisation conversion coefficients k, each between 0 and 1. */
    public record Coefficients(BigDecimal incineration, BigDecimal kitchen, BigDecimal landfill) {
    }

    /**
     * The rates' targets in percent, and the city's target number of standard communities (达标小区; the plan's 10,000), null
     * when the set names none.
     */
    public record Targets(BigDecimal coverage, BigDecimal recovery, BigDecimal resourceUtilisation, BigDecimal harmlessTreatment,
                          Integer standardCommunities) {
    }

    public String name() {
        return name;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public Coefficients coefficients() {
        return new Coefficients(kIncineration, kKitchen, kLandfill);
    }

    public Targets targets() {
        return new Targets(targetCoverage, targetRecovery, targetResource, targetHarmless, targetStandardCommunities);
    }

    public String coverageRule() {
        return coverageRule;
    }

    public String note() {
        return note;
    }
}
