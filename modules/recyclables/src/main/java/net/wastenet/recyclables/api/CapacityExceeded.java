package net.wastenet.recyclables.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Fired, in the writing transaction, when a day's intake at a facility first exceeds its design
 * capacity, and again each time a later receipt raises that day's intake further.
 */
public record CapacityExceeded(long alertId, String facilityCode, String facilityName, String districtCode, LocalDate day,
                               BigDecimal intakeKg, BigDecimal capacityKg) {
}
