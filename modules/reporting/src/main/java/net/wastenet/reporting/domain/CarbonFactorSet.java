package net.wastenet.reporting.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A version of the carbon factors, set by the bureau with its source: the emissions of each treatment route in tonnes of
 * CO₂e per tonne of waste. Valid from a day until the next version's; never edited, the bureau adds a new one. The
 * landfill route is the baseline every other route is compared with.
 */
@Entity
@Table(schema = "reporting", name = "carbon_factor_set")
public class CarbonFactorSet {
    /** The routes waste takes after collection, as the indicators count them (R, I, K, L). */
    public enum Route { RECYCLING, INCINERATION, KITCHEN_TREATMENT, LANDFILL }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_seq")
    @SequenceGenerator(name = "reporting_seq", schema = "reporting", sequenceName = "id_seq", allocationSize = 50)
    private Long id;
    private String code;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    private String source;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "reporting", name = "carbon_factor", joinColumns = @JoinColumn(name = "set_id"))
    @OrderBy("position")
    private List<Factor> factors = new ArrayList<>();
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;

    /**
     * A route's emissions per tonne; {@code material} narrows recycling to one material (null: any), which the project
     * export uses for a recycling processor's receipts of that material.
     */
    @Embeddable
    public static class Factor {
        private int position;
        @Enumerated(EnumType.STRING)
        private Route route;
        private String material;
        @Column(name = "t_co2e_per_tonne")
        private BigDecimal tCo2ePerTonne;

        protected Factor() {
        }

        public Factor(int position, Route route, String material, BigDecimal tCo2ePerTonne) {
            this.position = position;
            this.route = route;
            this.material = material;
            this.tCo2ePerTonne = tCo2ePerTonne;
        }

        public Route route() {
            return route;
        }

        public String material() {
            return material;
        }

        public BigDecimal tCo2ePerTonne() {
            return tCo2ePerTonne;
        }
    }

    protected CarbonFactorSet() {
    }

    /**
     * A new version. Refused (as a rule, not a form check) unless it names the landfill baseline and each route once
     * without a material: the indicators' routes are not split by material.
     */
    public static CarbonFactorSet define(String code, LocalDate validFrom, String source, List<Factor> factors, LocalDateTime now,
                                         String who) {
        CarbonFactorSet set = new CarbonFactorSet();
        set.code = code;
        set.validFrom = validFrom;
        set.source = source;
        set.factors = new ArrayList<>(factors);
        set.createdAt = now;
        set.createdBy = who;
        return set;
    }

    /** The routes a set must give a factor for without a material, for the indicators to use it. */
    public static List<Route> missingRoutes(List<Factor> factors) {
        return java.util.Arrays.stream(Route.values())
                .filter(r -> factors.stream().noneMatch(f -> f.route() == r && f.material() == null)).toList();
    }

    /** The version valid on a day: the latest from that day or before (of two from the same day, the later added). */
    public static Optional<CarbonFactorSet> validOn(List<CarbonFactorSet> sets, LocalDate day) {
        return sets.stream().filter(s -> !s.validFrom.isAfter(day))
                .max(Comparator.comparing(CarbonFactorSet::validFrom).thenComparing(s -> s.id == null ? Long.MAX_VALUE : s.id));
    }

    /**
     * The factor a route's tonnes of a material are accounted with: the set's factor for that material where it gives one
     * (recycling of PAPER, PLASTIC …), else the route's own (without a material), which every set has.
     */
    public BigDecimal factor(Route route, String material) {
        return material == null ? factor(route) : factors.stream().filter(f -> f.route() == route && material.equals(f.material()))
                .map(Factor::tCo2ePerTonne).findFirst().orElseGet(() -> factor(route));
    }

    /** The route's factor (without a material). */
    public BigDecimal factor(Route route) {
        return factors.stream().filter(f -> f.route() == route && f.material() == null).map(Factor::tCo2ePerTonne).findFirst()
                .orElseThrow(() -> new IllegalStateException("factor set " + code + " has no factor for " + route));
    }

    public String code() {
        return code;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public String source() {
        return source;
    }

    public List<Factor> factors() {
        return List.copyOf(factors);
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
