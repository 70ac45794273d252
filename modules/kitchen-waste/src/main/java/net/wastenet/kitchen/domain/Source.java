package net.wastenet.kitchen.domain;

import java.time.LocalDate;
import java.util.Objects;
import net.wastenet.recyclables.api.SourceKind;
import net.wastenet.shared.Material;
import net.wastenet.shared.Problems;

/**
 * Where a load of kitchen waste is handed over: a collection point or a registered producer, in a
 * district, with what it was on the day of the pickup (a point takes kitchen waste and is active; a
 * producer is registered by then).
 */
public record Source(SourceKind kind, String code, String districtCode, Material material, boolean handsOverKitchenWaste,
                     boolean availableThatDay) {
    public Source {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(code);
        Objects.requireNonNull(districtCode);
        Objects.requireNonNull(material);
    }

    /** A collection point on a day: household kitchen waste, if it takes kitchen waste and was active. */
    public static Source point(String code, String districtCode, boolean takesKitchenWaste, boolean activeThatDay) {
        return new Source(SourceKind.POINT, code, districtCode, Material.HOUSEHOLD_KITCHEN, takesKitchenWaste, activeThatDay);
    }

    /** A registered producer (restaurant, canteen, market) on a day: its kind of kitchen waste, once registered. */
    public static Source producer(String code, String districtCode, Material material, boolean registeredThatDay) {
        return new Source(SourceKind.PRODUCER, code, districtCode, material, true, registeredThatDay);
    }

    /** Records why a pickup cannot take a load from this source on the day, under the field that names the source. */
    void checkCanHandOver(LocalDate day, Problems p) {
        if (kind == SourceKind.POINT) {
            p.require(handsOverKitchenWaste, "sourcePointCode", "point " + code + " takes no kitchen waste",
                    "投放点 " + code + " 不接收厨余垃圾");
            p.require(availableThatDay, "sourcePointCode", "point " + code + " was not active on " + day,
                    "投放点 " + code + " 在 " + day + " 未启用");
        } else {
            p.require(availableThatDay, "producerCode", "producer " + code + " was not registered yet on " + day,
                    "产生单位 " + code + " 在 " + day + " 尚未登记");
        }
    }
}
