package net.wastenet.kitchen.domain;

import java.math.BigDecimal;
import net.wastenet.shared.Problems;

/**
 * The part of a delivered load the plant rejects for contamination (拒收): its kilograms (more than 0, at most the
 * weighbridge weight), why, and the incineration plant or landfill it goes to instead, in service on the day. The
 * accepted part is received at the plant as kitchen waste; the rejected part is received at that facility as residual
 * waste of the load's source (so it counts where it ends: I or L, never K).
 */
public record Rejection(BigDecimal kilograms, String reason, String facilityCode) {
    /** The facility named as the rejected part's destination, as the directory knows it. */
    public record Destination(String code, boolean takesResidues, boolean inServiceThatDay) {
    }

    /**
     * Checks a rejection against the load and its destination, every broken rule under its field: {@code rejectedKg}
     * above the weighbridge weight, {@code rejectedToFacilityCode} not an incineration plant or landfill, or not in
     * service that day.
     */
    public static Rejection check(BigDecimal kilograms, String reason, Destination to, BigDecimal weighedKg, Problems p) {
        p.require(kilograms.compareTo(weighedKg) <= 0, "rejectedKg", "is more than the weighbridge weight "
                + weighedKg.stripTrailingZeros().toPlainString() + " kg", "超过地磅重量 " + weighedKg.stripTrailingZeros().toPlainString() + " 千克");
        p.require(to.takesResidues(), "rejectedToFacilityCode", to.code() + " is not an incineration plant or landfill",
                to.code() + " 不是焚烧厂或填埋场");
        p.require(to.inServiceThatDay(), "rejectedToFacilityCode", to.code() + " is not in service on the day of the delivery",
                to.code() + " 在交付当日尚未投运");
        return new Rejection(kilograms, reason, to.code());
    }

    /** Whether the whole load is rejected (nothing is received at the plant). */
    public boolean isWhole(BigDecimal weighedKg) {
        return kilograms.compareTo(weighedKg) == 0;
    }
}
