package net.wastenet.recyclables.domain;

import java.math.BigDecimal;
import java.util.Map;
import net.wastenet.shared.Proportions;

/**
 * What a facility sends on belongs to the districts it came from, in proportion to what the
 * facility received from each in the period, exact to the gram (see {@link Proportions}).
 */
public final class Attribution {
    private Attribution() {
    }

    /** Splits {@code amountKg} over districts in proportion to what was received from each; empty when nothing was. */
    public static Map<String, BigDecimal> proportional(Map<String, BigDecimal> receivedKgByDistrict, BigDecimal amountKg) {
        return Proportions.split(receivedKgByDistrict, amountKg);
    }
}
