package net.wastenet.charges.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.wastenet.charges.application.Commands.NewCompensationRate;
import net.wastenet.charges.application.Commands.NewTariff;
import net.wastenet.charges.domain.ChargeBasis;
import net.wastenet.charges.domain.ProducerClass;
import net.wastenet.charges.domain.Tariff;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.shared.Codes;
import net.wastenet.shared.Fingerprint;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.recording.Draft;

/** The module's create requests checked for form (every field at once, before any database), with their fingerprints. */
final class ChargeDrafts {
    private ChargeDrafts() {
    }

    /** A tariff version. */
    record TariffDraft(String code, LocalDate validFrom, ProducerClass producerClass, WasteCategory category, ChargeBasis basis,
                       BigDecimal priceYuan, BigDecimal quotaKgPerMonth, List<Tariff.Tier> tiers, String clientKey,
                       String fingerprint) implements Draft {
        static TariffDraft of(NewTariff cmd) {
            Problems p = new Problems();
            Codes.check(cmd.code(), "code", p);
            LocalDate from = Parse.date(cmd.validFrom(), "validFrom", true, p);
            ProducerClass cls = Parse.enumValue(ProducerClass.class, cmd.producerClass(), "producerClass", true, p);
            WasteCategory category = Parse.enumValue(WasteCategory.class, cmd.category(), "category", true, p);
            ChargeBasis basis = Parse.enumValue(ChargeBasis.class, cmd.basis(), "basis", true, p);
            if (cmd.priceYuan() == null) {
                p.missing("priceYuan");
            }
            List<Tariff.Tier> tiers = new ArrayList<>();
            if (cmd.tiers() != null) {
                for (int i = 0; i < cmd.tiers().size(); i++) {
                    var t = cmd.tiers().get(i);
                    String at = "tiers[" + i + "]";
                    if (t == null) {
                        p.missing(at);
                        continue;
                    }
                    if (t.aboveKg() == null) {
                        p.missing(at + ".aboveKg");
                    }
                    if (t.priceYuan() == null) {
                        p.missing(at + ".priceYuan");
                    }
                    if (t.aboveKg() != null && t.priceYuan() != null) {
                        tiers.add(new Tariff.Tier(t.aboveKg(), t.priceYuan()));
                    }
                }
            }
            Codes.checkClientKey(cmd.clientKey(), "clientKey", p);
            p.throwIfAny();
            String fingerprint = Fingerprint.of(cmd.code(), from, cls, category, basis, plain(cmd.priceYuan()), plain(cmd.quotaKgPerMonth()),
                    tiers.stream().map(t -> plain(t.aboveKg()) + "@" + plain(t.priceYuan())).toList());
            return new TariffDraft(cmd.code(), from, cls, category, basis, cmd.priceYuan(), cmd.quotaKgPerMonth(), List.copyOf(tiers),
                    cmd.clientKey(), fingerprint);
        }
    }

    /** A compensation rate version. */
    record RateDraft(LocalDate validFrom, FacilityKind facilityKind, BigDecimal yuanPerTonne, String clientKey, String fingerprint)
            implements Draft {
        static RateDraft of(NewCompensationRate cmd) {
            Problems p = new Problems();
            LocalDate from = Parse.date(cmd.validFrom(), "validFrom", true, p);
            FacilityKind kind = Parse.enumValue(FacilityKind.class, cmd.facilityKind(), "facilityKind", true, p);
            if (cmd.yuanPerTonne() == null) {
                p.missing("yuanPerTonne");
            }
            Codes.checkClientKey(cmd.clientKey(), "clientKey", p);
            p.throwIfAny();
            return new RateDraft(from, kind, cmd.yuanPerTonne(), cmd.clientKey(), Fingerprint.of(from, kind, plain(cmd.yuanPerTonne())));
        }
    }

    static String plain(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }
}
