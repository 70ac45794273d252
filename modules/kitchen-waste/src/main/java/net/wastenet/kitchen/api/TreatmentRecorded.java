package net.wastenet.kitchen.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Fired, in the writing transaction, for each treatment record: K = input − impurities. */
public record TreatmentRecorded(long treatmentId, String facilityCode, LocalDate day, BigDecimal inputKg,
                                BigDecimal impuritiesKg, BigDecimal treatedKg) {
}
