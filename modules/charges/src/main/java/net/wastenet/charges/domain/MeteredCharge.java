package net.wastenet.charges.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.wastenet.shared.WasteCategory;

/**
 * 计量收费、分类计价: what a producer or community owes for a month of one waste category.
 *
 * <p>Per tonne: the month's weighings are taken day by day in order, adding up; each kilogram is priced by the tariff
 * valid on the day it was weighed, at the price of the band its place in the month's running total falls in: the base
 * price up to the quota, then each tier from {@code quota + aboveKg} on. A day that crosses a band's end is split at it,
 * so every tier is charged on exactly the kilograms in it. A tariff that changes mid-month prices the days from its
 * {@code validFrom} on; the running total (and so the quota already used) carries over.
 *
 * <p>Per household and month: each day of the month the community was in service costs households × price ÷ the
 * month's days, at the tariff valid that day; the days of one tariff version make one line.
 *
 * <p>Lines group what one price of one tariff version charged; each line's amount is rounded half up to the fen; the
 * total adds the lines. Nothing weighed and no household: no line, nothing owed.
 */
public final class MeteredCharge {
    private MeteredCharge() {
    }

    /** One day's weighed kilograms of a category. */
    public record Weighing(LocalDate day, BigDecimal kg) {
        public Weighing {
            Objects.requireNonNull(day);
            Objects.requireNonNull(kg);
        }
    }

    /** A statement's lines and total. */
    public record Statement(List<ChargeLine> lines, BigDecimal totalYuan) {
        public static Statement of(List<ChargeLine> lines) {
            return new Statement(List.copyOf(lines), Yuan.sum(lines.stream().map(ChargeLine::amountYuan)));
        }
    }

    private record Key(String tariffCode, Integer tier) {
    }

    private static final class Acc {
        final Tariff tariff;
        final Integer tier;
        final BigDecimal price;
        BigDecimal kg = BigDecimal.ZERO;
        int days;

        Acc(Tariff tariff, Integer tier, BigDecimal price) {
            this.tariff = tariff;
            this.tier = tier;
            this.price = price;
        }
    }

    /** A month of weighed waste of one category, for a producer class, at the per-tonne tariffs valid day by day. */
    public static List<ChargeLine> perTonne(ProducerClass producerClass, WasteCategory category, List<Weighing> weighings, List<Tariff> tariffs) {
        List<Weighing> ordered = new ArrayList<>(weighings);
        ordered.sort(Comparator.comparing(Weighing::day));
        Map<Key, Acc> lines = new LinkedHashMap<>();
        BigDecimal runningKg = BigDecimal.ZERO;
        for (Weighing w : ordered) {
            Optional<Tariff> valid = Tariff.validOn(tariffs, producerClass, category, w.day()).filter(t -> t.basis() == ChargeBasis.PER_TONNE);
            if (valid.isEmpty()) {
                Acc unpriced = lines.computeIfAbsent(new Key(null, null), k -> new Acc(null, null, null));
                unpriced.kg = unpriced.kg.add(w.kg());
                runningKg = runningKg.add(w.kg());
                continue;
            }
            Tariff t = valid.get();
            BigDecimal left = w.kg();
            while (left.signum() > 0) {
                Band band = band(t, runningKg);
                BigDecimal take = band.end() == null ? left : left.min(band.end().subtract(runningKg));
                Acc acc = lines.computeIfAbsent(new Key(t.code(), band.tier()), k -> new Acc(t, band.tier(), band.price()));
                acc.kg = acc.kg.add(take);
                runningKg = runningKg.add(take);
                left = left.subtract(take);
            }
        }
        List<ChargeLine> out = new ArrayList<>();
        for (Acc a : sorted(lines.values())) {
            BigDecimal amount = a.price == null ? Yuan.zero() : Yuan.perTonne(a.kg, a.price);
            out.add(new ChargeLine(category.name(), a.tariff == null ? null : a.tariff.code(), a.kg.setScale(3, RoundingMode.UNNECESSARY),
                    a.tariff == null ? null : a.tariff.quotaKgPerMonth(), a.tier, a.price, amount, null, null));
        }
        return out;
    }

    /**
     * A month of a community's households of one category at the per-household tariffs valid day by day: the days from
     * {@code inServiceFrom} (or the month's first) to the month's last.
     */
    public static List<ChargeLine> perHousehold(WasteCategory category, YearMonth month, int households, LocalDate inServiceFrom,
                                                List<Tariff> tariffs) {
        Map<Key, Acc> lines = new LinkedHashMap<>();
        if (households <= 0) {
            return List.of();
        }
        for (LocalDate d = month.atDay(1); !d.isAfter(month.atEndOfMonth()); d = d.plusDays(1)) {
            if (inServiceFrom != null && d.isBefore(inServiceFrom)) {
                continue;
            }
            Optional<Tariff> valid = Tariff.validOn(tariffs, ProducerClass.RESIDENTIAL, category, d)
                    .filter(t -> t.basis() == ChargeBasis.PER_HOUSEHOLD_MONTH);
            if (valid.isPresent()) {
                Tariff t = valid.get();
                lines.computeIfAbsent(new Key(t.code(), 0), k -> new Acc(t, 0, t.priceYuan())).days++;
            }
        }
        List<ChargeLine> out = new ArrayList<>();
        for (Acc a : sorted(lines.values())) {
            BigDecimal amount = BigDecimal.valueOf(households).multiply(a.price).multiply(BigDecimal.valueOf(a.days))
                    .divide(BigDecimal.valueOf(month.lengthOfMonth()), 2, RoundingMode.HALF_UP);
            out.add(new ChargeLine(category.name(), a.tariff.code(), null, null, 0, a.price, amount, households, a.days));
        }
        return out;
    }

    private static List<Acc> sorted(java.util.Collection<Acc> accs) {
        List<Acc> l = new ArrayList<>(accs);
        l.sort(Comparator.comparing((Acc a) -> a.tariff == null ? LocalDate.MIN : a.tariff.validFrom())
                .thenComparing(a -> a.tariff == null ? "" : a.tariff.code()).thenComparing(a -> a.tier == null ? -1 : a.tier));
        return l;
    }

    /** The band a running total falls in under a tariff: its tier, price and end (null: no end). */
    record Band(int tier, BigDecimal price, BigDecimal end) {
    }

    static Band band(Tariff t, BigDecimal runningKg) {
        BigDecimal quota = t.quotaKgPerMonth();
        if (quota == null) {
            return new Band(0, t.priceYuan(), null);
        }
        if (runningKg.compareTo(quota) < 0) {
            return new Band(0, t.priceYuan(), quota);
        }
        List<Tariff.Tier> tiers = t.tiers();
        if (tiers.isEmpty()) {
            return new Band(0, t.priceYuan(), null);
        }
        int i = 0;
        while (i + 1 < tiers.size() && quota.add(tiers.get(i + 1).aboveKg()).compareTo(runningKg) <= 0) {
            i++;
        }
        BigDecimal end = i + 1 < tiers.size() ? quota.add(tiers.get(i + 1).aboveKg()) : null;
        return new Band(i + 1, tiers.get(i).priceYuan(), end);
    }
}
