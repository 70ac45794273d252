package net.wastenet.recyclables.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A facility's books for a period: what came in must equal what went out as outputs and residues
 * plus what it added to stock. The imbalance is within tolerance when it is at most the tolerance
 * (a percentage) of the input; with no input, only an exact balance is.
 *
 * <p>At a facility that disposes on site (incineration, landfill, hazardous waste) what is received
 * and not sent on is the disposal itself: {@link #disposing} counts it as {@code disposedKg}, and the
 * balance checks only that residues and stock do not exceed the intake.
 */
public record MassBalance(BigDecimal inputKg, BigDecimal outputsKg, BigDecimal residuesKg, BigDecimal stockChangeKg,
                          BigDecimal disposedKg, BigDecimal tolerancePercent) {
    public MassBalance(BigDecimal inputKg, BigDecimal outputsKg, BigDecimal residuesKg, BigDecimal stockChangeKg,
                       BigDecimal tolerancePercent) {
        this(inputKg, outputsKg, residuesKg, stockChangeKg, BigDecimal.ZERO, tolerancePercent);
    }

    /** The balance of a facility that disposes on site: the intake not sent on or stocked is disposed (never negative). */
    public static MassBalance disposing(BigDecimal inputKg, BigDecimal outputsKg, BigDecimal residuesKg,
                                        BigDecimal stockChangeKg, BigDecimal tolerancePercent) {
        BigDecimal disposed = inputKg.subtract(outputsKg).subtract(residuesKg).subtract(stockChangeKg).max(BigDecimal.ZERO);
        return new MassBalance(inputKg, outputsKg, residuesKg, stockChangeKg, disposed, tolerancePercent);
    }

    public BigDecimal imbalanceKg() {
        return inputKg.subtract(outputsKg).subtract(residuesKg).subtract(stockChangeKg).subtract(disposedKg);
    }

    public boolean withinTolerance() {
        BigDecimal allowed = inputKg.multiply(tolerancePercent).divide(BigDecimal.valueOf(100), 3, RoundingMode.HALF_UP);
        return imbalanceKg().abs().compareTo(allowed) <= 0;
    }

    /** The imbalance as a percentage of the input, or null without input. */
    public BigDecimal imbalancePercent() {
        if (inputKg.signum() == 0) {
            return null;
        }
        return imbalanceKg().multiply(BigDecimal.valueOf(100)).divide(inputKg, 2, RoundingMode.HALF_UP);
    }
}
