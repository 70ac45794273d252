package net.wastenet.recyclables.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A facility as other modules see it; {@code capacityTonnesPerDay} is today's design capacity. */
public record FacilitySummary(String code, String name, FacilityKind kind, String districtCode, LocalDate activeFrom,
                              BigDecimal capacityTonnesPerDay) {
}
