package net.wastenet.charges.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of money: yuan to the fen. A line's amount is its quantity times its price, rounded once, half up, to two
 * decimals; totals add the rounded lines (so a statement's total is the sum of what its lines show).
 */
public final class Yuan {
    private static final BigDecimal KG_PER_TONNE = BigDecimal.valueOf(1000);

    private Yuan() {
    }

    /** Kilograms charged at a price per tonne: kg × price ÷ 1000, to the fen, half up. */
    public static BigDecimal perTonne(BigDecimal kg, BigDecimal yuanPerTonne) {
        return kg.multiply(yuanPerTonne).divide(KG_PER_TONNE, 2, RoundingMode.HALF_UP);
    }

    /** A sum of amounts, with two decimals. */
    public static BigDecimal sum(java.util.stream.Stream<BigDecimal> amounts) {
        return amounts.reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.UNNECESSARY);
    }

    public static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(2);
    }
}
