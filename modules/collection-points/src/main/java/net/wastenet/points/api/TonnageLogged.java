package net.wastenet.points.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.wastenet.shared.Material;
import net.wastenet.shared.WasteCategory;

/**
 * Fired, in the writing transaction, when station staff log a weighing. {@code imported}: part of an
 * import chunk, which fires {@link TonnageImported} once at its end for checks that look at whole days.
 */
public record TonnageLogged(long logId, String pointCode, String districtCode, LocalDate weighedOn,
                            WasteCategory category, Material material, BigDecimal weightKg, boolean imported) {
}
