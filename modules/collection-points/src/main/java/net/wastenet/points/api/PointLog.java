package net.wastenet.points.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import net.wastenet.shared.WasteCategory;

/** A weighing as it stands now (its current revision), for rebuilding other modules' read models. */
public record PointLog(long logId, String pointCode, String districtCode, LocalDate day, WasteCategory category, BigDecimal weightKg) {
}
