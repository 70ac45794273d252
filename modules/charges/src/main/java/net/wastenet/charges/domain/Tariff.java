package net.wastenet.charges.domain;

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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.wastenet.shared.Problems;
import net.wastenet.shared.WasteCategory;

/**
 * A version of the bureau's tariff (收费标准) for a producer class and a waste category, valid from a day until a later
 * version of the same class and category starts. Non-residential producers pay per tonne of their weighed pickups, with a
 * monthly quota at the base price and tiers of higher prices above it; residential communities pay per tonne of their
 * points' weighings or per household and month. Never edited: a correction is a new version, and of two versions valid
 * from the same day the later one recorded prices the day.
 */
@Entity
@Table(schema = "charges", name = "tariff")
public class Tariff {
    static final BigDecimal MAX_PRICE = BigDecimal.valueOf(1_000_000);
    static final BigDecimal MAX_QUOTA = BigDecimal.valueOf(100_000_000);
    static final int MAX_TIERS = 10;

    /** A tier above the quota: from {@code aboveKg} kilograms past the month's quota, each kilogram at {@code priceYuan} per tonne. */
    @Embeddable
    public static class Tier {
        @Column(name = "above_kg")
        private BigDecimal aboveKg;
        @Column(name = "price_yuan")
        private BigDecimal priceYuan;

        protected Tier() {
        }

        public Tier(BigDecimal aboveKg, BigDecimal priceYuan) {
            this.aboveKg = Objects.requireNonNull(aboveKg);
            this.priceYuan = Objects.requireNonNull(priceYuan);
        }

        public BigDecimal aboveKg() {
            return aboveKg;
        }

        public BigDecimal priceYuan() {
            return priceYuan;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "charges_seq")
    @SequenceGenerator(name = "charges_seq", schema = "charges", sequenceName = "id_seq", allocationSize = 50)
    private Long id;
    private String code;
    @Column(name = "valid_from")
    private LocalDate validFrom;
    @Enumerated(EnumType.STRING)
    @Column(name = "producer_class")
    private ProducerClass producerClass;
    @Enumerated(EnumType.STRING)
    private WasteCategory category;
    @Enumerated(EnumType.STRING)
    private ChargeBasis basis;
    @Column(name = "price_yuan")
    private BigDecimal priceYuan;
    @Column(name = "quota_kg_per_month")
    private BigDecimal quotaKgPerMonth;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "charges", name = "tariff_tier", joinColumns = @JoinColumn(name = "tariff_id"))
    @OrderColumn(name = "position")
    private List<Tier> tiers = new ArrayList<>();
    @Column(name = "client_key")
    private String clientKey;
    @Column(name = "request_hash")
    private String requestHash;
    @Column(name = "created_at")
    private LocalDateTime createdAt;
    @Column(name = "created_by")
    private String createdBy;

    protected Tariff() {
    }

    /**
     * A new version. Prices are yuan (at most two decimals, 0 to 1,000,000); a per-household price only for residential
     * tariffs; a quota (kilograms a month, at most three decimals) and tiers only per tonne; tiers need a quota, start at
     * 0 kg above it and rise strictly, each dearer than the one below (and the first than the base price). All broken
     * rules reported at once under the client's field names.
     */
    public static Tariff define(String code, LocalDate validFrom, ProducerClass producerClass, WasteCategory category, ChargeBasis basis,
                                BigDecimal priceYuan, BigDecimal quotaKgPerMonth, List<Tier> tiers, String clientKey, String requestHash,
                                LocalDateTime now, String who) {
        Problems p = new Problems();
        price(priceYuan, "priceYuan", p);
        if (basis == ChargeBasis.PER_HOUSEHOLD_MONTH) {
            p.require(producerClass != ProducerClass.NON_RESIDENTIAL, "basis",
                    "a non-residential producer pays per tonne of its weighed waste", "非居民单位按称重吨数计费");
            p.require(quotaKgPerMonth == null, "quotaKgPerMonth", "a per-household price has no quota", "按户计费没有定额");
            p.require(tiers.isEmpty(), "tiers", "a per-household price has no tiers", "按户计费没有阶梯");
        }
        if (quotaKgPerMonth != null) {
            p.require(quotaKgPerMonth.signum() >= 0 && quotaKgPerMonth.compareTo(MAX_QUOTA) <= 0
                            && quotaKgPerMonth.stripTrailingZeros().scale() <= 3, "quotaKgPerMonth",
                    "must be 0 to 100,000,000 kg, at most three decimals", "必须在 0 到 100,000,000 千克之间，最多 3 位小数");
        }
        if (!tiers.isEmpty()) {
            p.require(quotaKgPerMonth != null, "quotaKgPerMonth", "tiers are above a monthly quota: give the quota", "阶梯价格以月定额为起点：请给出定额");
            p.require(tiers.size() <= MAX_TIERS, "tiers", "at most " + MAX_TIERS + " tiers", "最多 " + MAX_TIERS + " 级阶梯");
        }
        BigDecimal lastAbove = null;
        BigDecimal lastPrice = priceYuan;
        for (int i = 0; i < tiers.size(); i++) {
            Tier t = tiers.get(i);
            String at = "tiers[" + i + "]";
            boolean ok = t.aboveKg().signum() >= 0 && t.aboveKg().compareTo(MAX_QUOTA) <= 0 && t.aboveKg().stripTrailingZeros().scale() <= 3;
            p.require(ok, at + ".aboveKg", "must be 0 to 100,000,000 kg, at most three decimals", "必须在 0 到 100,000,000 千克之间，最多 3 位小数");
            if (i == 0) {
                p.require(!ok || t.aboveKg().signum() == 0, at + ".aboveKg", "the first tier starts at the quota: 0 kg above it",
                        "第一级阶梯从定额起算：须为 0");
            } else if (ok && lastAbove != null) {
                p.require(t.aboveKg().compareTo(lastAbove) > 0, at + ".aboveKg", "must be above the tier before it", "必须高于上一级阶梯");
            }
            if (price(t.priceYuan(), at + ".priceYuan", p) && lastPrice != null) {
                p.require(t.priceYuan().compareTo(lastPrice) > 0, at + ".priceYuan", "must be dearer than the price below it",
                        "必须高于下一级价格");
            }
            lastAbove = ok ? t.aboveKg() : null;
            lastPrice = t.priceYuan();
        }
        p.throwIfAny();
        Tariff t = new Tariff();
        t.code = Objects.requireNonNull(code);
        t.validFrom = Objects.requireNonNull(validFrom);
        t.producerClass = Objects.requireNonNull(producerClass);
        t.category = Objects.requireNonNull(category);
        t.basis = Objects.requireNonNull(basis);
        t.priceYuan = priceYuan.setScale(2);
        t.quotaKgPerMonth = quotaKgPerMonth == null ? null : quotaKgPerMonth.setScale(3);
        t.tiers = tiers.stream().map(x -> new Tier(x.aboveKg().setScale(3), x.priceYuan().setScale(2))).toList();
        t.tiers = new ArrayList<>(t.tiers);
        t.clientKey = clientKey;
        t.requestHash = requestHash;
        t.createdAt = now;
        t.createdBy = who;
        return t;
    }

    private static boolean price(BigDecimal price, String field, Problems p) {
        if (price == null) {
            p.missing(field);
            return false;
        }
        return p.require(price.signum() >= 0 && price.compareTo(MAX_PRICE) <= 0 && price.stripTrailingZeros().scale() <= 2, field,
                "must be 0 to 1,000,000 yuan, at most two decimals (fen)", "必须在 0 到 1,000,000 元之间，最多 2 位小数（分）");
    }

    /**
     * The version valid on a day for a class and category: the latest {@code validFrom} on or before it, and of versions
     * valid from the same day the one recorded last (a correction). None before the first version.
     */
    public static Optional<Tariff> validOn(List<Tariff> versions, ProducerClass producerClass, WasteCategory category, LocalDate day) {
        return versions.stream()
                .filter(t -> t.producerClass == producerClass && t.category == category && !t.validFrom.isAfter(day))
                .max(Comparator.comparing(Tariff::validFrom).thenComparing(Tariff::createdAt).thenComparing(t -> t.id == null ? 0L : t.id));
    }

    /**
     * The days a month is cut at for a class and category: its first day, and each later day of it from which another
     * version is valid. Every day of a part has the same version (or none), so a part's kilograms are priced as one: taken
     * in order, the bands of a running total fill the same way whether the part's days come one by one or together.
     */
    public static List<LocalDate> partsOf(List<Tariff> versions, ProducerClass producerClass, WasteCategory category, YearMonth month) {
        java.util.TreeSet<LocalDate> starts = new java.util.TreeSet<>();
        starts.add(month.atDay(1));
        for (Tariff t : versions) {
            if (t.producerClass == producerClass && t.category == category && t.validFrom.isAfter(month.atDay(1))
                    && !t.validFrom.isAfter(month.atEndOfMonth())) {
                starts.add(t.validFrom);
            }
        }
        return List.copyOf(starts);
    }

    /** Whether waste of a class and category is charged by its weight on some day of the month (a per-tonne version valid then). */
    public static boolean chargedByWeight(List<Tariff> versions, ProducerClass producerClass, WasteCategory category, YearMonth month) {
        return partsOf(versions, producerClass, category, month).stream()
                .anyMatch(day -> validOn(versions, producerClass, category, day).filter(t -> t.basis == ChargeBasis.PER_TONNE).isPresent());
    }

    /** Whether households of a category are charged on some day of the month (a per-household version valid then). */
    public static boolean chargedByHousehold(List<Tariff> versions, WasteCategory category, YearMonth month) {
        return partsOf(versions, ProducerClass.RESIDENTIAL, category, month).stream().anyMatch(day ->
                validOn(versions, ProducerClass.RESIDENTIAL, category, day).filter(t -> t.basis == ChargeBasis.PER_HOUSEHOLD_MONTH).isPresent());
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public ProducerClass producerClass() {
        return producerClass;
    }

    public WasteCategory category() {
        return category;
    }

    public ChargeBasis basis() {
        return basis;
    }

    public BigDecimal priceYuan() {
        return priceYuan;
    }

    public BigDecimal quotaKgPerMonth() {
        return quotaKgPerMonth;
    }

    public List<Tier> tiers() {
        return List.copyOf(tiers);
    }

    public String clientKey() {
        return clientKey;
    }

    public String requestHash() {
        return requestHash;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
