package net.wastenet.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The rates as the national formulas give them, in percent to two decimals; a rate over a zero
 * denominator is null, never 0 or 100.
 */
public final class Rates {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rates() {
    }

    public static BigDecimal percent(BigDecimal numerator, BigDecimal denominator) {
        if (denominator == null || denominator.signum() == 0) {
            return null;
        }
        return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
    }

    /** 回收利用率 numerator: recyclables recovered plus kitchen waste treated (what entered neither incineration nor landfill). */
    public static BigDecimal recoveryNumerator(Components c) {
        return c.recoveredKg().add(c.kitchenTreatedKg());
    }

    /** Waste generated: collected tonnage plus recyclables recovered (the denominator of both utilisation rates). */
    public static BigDecimal generated(Components c) {
        return c.collectedKg().add(c.recoveredKg());
    }

    /** 资源化利用率 numerator: R + k_inc·I + k_kit·K + k_lf·L, to the gram. */
    public static BigDecimal resourceNumerator(Components c, DefinitionSet.Coefficients k) {
        return c.recoveredKg()
                .add(k.incineration().multiply(c.incineratedKg()))
                .add(k.kitchen().multiply(c.kitchenTreatedKg()))
                .add(k.landfill().multiply(c.landfilledKg()))
                .setScale(3, RoundingMode.HALF_UP);
    }
}
