package net.wastenet.recyclables.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Stock counts. */
public interface StockReports {
    void add(StockReport report);

    /** The stock at the end of the latest day on or before {@code day} with a report, or zero. */
    BigDecimal stockAt(long facilityId, LocalDate day);
}
