package net.wastenet.points.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.wastenet.shared.Material;
import net.wastenet.shared.WasteCategory;

/** Fired, in the writing transaction, when a weighing is corrected: the values before and after. */
public record TonnageCorrected(long logId, int revision, String pointCode, String districtCode, LocalDate weighedOn,
                               WasteCategory categoryBefore, Material materialBefore, BigDecimal weightKgBefore,
                               WasteCategory categoryAfter, Material materialAfter, BigDecimal weightKgAfter) {
}
