package net.wastenet.points.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import net.wastenet.shared.Material;
import net.wastenet.shared.WasteCategory;

/**
 * Fired, in the writing transaction, for the weighings stored together: one request, the requests of a
 * group commit, or an import chunk ({@code imported}: more of the same file may follow). Readers that
 * look at whole days see each point-day once.
 */
public record TonnageLogged(List<Weighing> weighings, boolean imported) {
    public TonnageLogged {
        weighings = List.copyOf(weighings);
    }

    /** Weighings of requests, not of an import. */
    public TonnageLogged(List<Weighing> weighings) {
        this(weighings, false);
    }

    /** One weighing as stored (its first revision). */
    public record Weighing(long logId, String pointCode, String districtCode, LocalDate weighedOn, WasteCategory category,
                           Material material, BigDecimal weightKg) {
    }
}
