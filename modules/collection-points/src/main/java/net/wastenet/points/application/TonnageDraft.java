package net.wastenet.points.application;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import net.wastenet.points.domain.TonnageEntry;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.Fingerprint;
import net.wastenet.shared.Material;
import net.wastenet.shared.Parse;
import net.wastenet.shared.Problems;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.Weight;
import net.wastenet.shared.recording.Draft;

/** A weighing checked for form (every field at once), before any point rule. */
public record TonnageDraft(String pointCode, TonnageEntry entry, LocalDateTime weighedAt, String clientKey, String fingerprint)
        implements Draft {

    /** Checks the request's form, all problems at once (400). */
    static TonnageDraft of(NewTonnageLog cmd, CityClock clock) {
        Problems p = new Problems();
        Codes.check(cmd.pointCode(), "pointCode", p);
        WasteCategory category = Parse.enumValue(WasteCategory.class, cmd.category(), "category", true, p);
        Material material = Parse.enumValue(Material.class, cmd.material(), "material", false, p);
        TonnageEntry.checkMaterial(category, material, "material", p);
        Weight weight = Weight.check(cmd.weightKg(), "weightKg", p);
        OffsetDateTime at = Parse.dateTime(cmd.weighedAt(), "weighedAt", true, p);
        LocalDateTime weighedAt = at == null ? null : CityClock.toCity(at);
        if (weighedAt != null) {
            p.require(!weighedAt.isAfter(clock.latestAcceptable()), "weighedAt",
                    "is in the future (the server's time is " + CityClock.toOffset(clock.now()).withNano(0) + ")",
                    "晚于当前时间（服务器时间 " + CityClock.toOffset(clock.now()).withNano(0) + "）");
        }
        Codes.checkClientKey(cmd.clientKey(), "clientKey", p);
        p.throwIfAny();
        BigDecimal kg = weight.kilograms().stripTrailingZeros();
        String hash = Fingerprint.of(cmd.pointCode(), category, material, kg.toPlainString(), weighedAt);
        return new TonnageDraft(cmd.pointCode(), new TonnageEntry(category, material, weight), weighedAt, cmd.clientKey(), hash);
    }
}
