package net.wastenet.charges.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import net.wastenet.charges.domain.ChargeLine;
import net.wastenet.charges.domain.Compensation;
import net.wastenet.charges.domain.CompensationRate;
import net.wastenet.charges.domain.Tariff;
import net.wastenet.shared.CityClock;

/** What the module answers. */
public final class Views {
    private Views() {
    }

    public record TierView(BigDecimal aboveKg, BigDecimal priceYuan) {
    }

    public record TariffView(String code, LocalDate validFrom, String producerClass, String category, String basis, BigDecimal priceYuan,
                             BigDecimal quotaKgPerMonth, List<TierView> tiers, OffsetDateTime createdAt, String createdBy) {
    }

    public record RateView(long id, LocalDate validFrom, String facilityKind, BigDecimal yuanPerTonne, OffsetDateTime createdAt,
                           String createdBy) {
    }

    /** A producer's statement for a month; {@code frozen}: as its district's locked return froze it (version {@code version}). */
    public record ProducerStatement(String producerCode, String producerName, String districtCode, String period, List<ChargeLine> lines,
                                    BigDecimal totalYuan, boolean frozen, Integer version) {
        ProducerStatement frozenAs(int v) {
            return new ProducerStatement(producerCode, producerName, districtCode, period, lines, totalYuan, true, v);
        }
    }

    /** A community's statement for a month: its households (and weighings) at the residential tariffs. */
    public record CommunityStatement(String communityCode, String communityName, String districtCode, String period, int households,
                                     List<ChargeLine> lines, BigDecimal totalYuan, boolean frozen, Integer version) {
        CommunityStatement frozenAs(int v) {
            return new CommunityStatement(communityCode, communityName, districtCode, period, households, lines, totalYuan, true, v);
        }
    }

    /**
     * A record behind a community's line: a serving point's day of the line's category, the point's kilograms and weighings,
     * the community's households of all the households the point serves, and the kilograms that count for the community.
     */
    public record CommunityRecord(String pointCode, LocalDate day, BigDecimal pointWeightKg, int weighings, int households,
                                  int householdsServed, BigDecimal weightKg) {
    }

    /** A district's statements as a file's table: its name (without extension), sheet title, columns and rows (null: an empty cell). */
    public record StatementsTable(String fileName, String title, List<String> headers, List<List<Object>> rows) {
    }

    /** A district's charges of a month. */
    public record DistrictCharges(String districtCode, String period, BigDecimal totalYuan, BigDecimal residentialYuan,
                                  BigDecimal nonResidentialYuan, boolean frozen, Integer version) {
    }

    /** A compensation line, with where its tonnes come from: the indicators' drill-down of the payer's scope. */
    public record CompensationLine(String payerDistrictCode, String hostDistrictCode, String facilityCode, String facilityKind,
                                   BigDecimal weightKg, BigDecimal yuanPerTonne, BigDecimal amountYuan, boolean frozen, Integer version,
                                   String records) {
        static CompensationLine of(Compensation.Line l, String period, boolean frozen, Integer version) {
            return new CompensationLine(l.payerDistrictCode(), l.hostDistrictCode(), l.facilityCode(), l.facilityKind(), l.weightKg(),
                    l.yuanPerTonne(), l.amountYuan(), frozen, version, ChargeStatements.drillDown(l, period));
        }

        Compensation.Line line() {
            return new Compensation.Line(payerDistrictCode, hostDistrictCode, facilityCode, facilityKind, weightKg, yuanPerTonne, amountYuan);
        }
    }

    public record CompensationView(String period, List<CompensationLine> lines, List<Compensation.DistrictBalance> districts) {
    }

    /** A locked version of a district's month. */
    public record FrozenVersion(String districtCode, String period, int version, String returnPeriod, OffsetDateTime lockedAt,
                                String lockedBy, BigDecimal chargesYuan, BigDecimal compensationOwedYuan) {
    }

    /** A weighed pickup behind a producer's statement. */
    public record PickupRecord(String manifestNo, LocalDate day, OffsetDateTime pickedUpAt, BigDecimal weightKg) {
    }

    /** What a lock keeps of a district's month (stored as JSON). */
    public record Figures(List<ProducerStatement> producers, List<CommunityStatement> communities, List<CompensationLine> compensation) {
    }

    static TariffView of(Tariff t) {
        return new TariffView(t.code(), t.validFrom(), t.producerClass().name(), t.category().name(), t.basis().name(), t.priceYuan(),
                t.quotaKgPerMonth(), t.tiers().stream().map(x -> new TierView(x.aboveKg(), x.priceYuan())).toList(),
                CityClock.toOffset(t.createdAt()), t.createdBy());
    }

    static RateView of(CompensationRate r) {
        return new RateView(r.id(), r.validFrom(), r.facilityKind().name(), r.yuanPerTonne(), CityClock.toOffset(r.createdAt()), r.createdBy());
    }
}
