package net.wastenet.charges.domain;

import java.math.BigDecimal;

/**
 * A line of a statement: the kilograms (or households and days) charged at one price of one tariff version, and the
 * amount, rounded half up to the fen on the line. {@code tier} 0 is the base price (within the quota, or without one),
 * 1 the first tier above the quota, and so on; {@code quotaKg} the month's quota of the tariff, if it has one. Weighings
 * on days no tariff covers are a line without tariff, price or tier, and cost nothing.
 */
public record ChargeLine(String category, String tariffCode, BigDecimal weightKg, BigDecimal quotaKg, Integer tier, BigDecimal priceYuan,
                         BigDecimal amountYuan, Integer households, Integer days) {
}
