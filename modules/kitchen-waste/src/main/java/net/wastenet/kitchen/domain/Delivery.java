package net.wastenet.kitchen.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.wastenet.shared.Proportions;
import net.wastenet.shared.Weight;

/**
 * One weighbridge weight at a plant for a vehicle's load of one or more manifests (a delivery).
 *
 * <p>Rules: the plant treats kitchen waste; no manifest was delivered before; none is delivered
 * before its pickup. Each manifest receives its share of the weighed load, in proportion to its
 * pickup weight (the shares add up to the weighbridge weight to the gram); the discrepancy is that
 * of the whole load against the summed pickups, flagged above the tolerance, and never blocks it.
 */
public final class Delivery {
    private final String number;
    private final List<Manifest> manifests;

    private Delivery(String number, List<Manifest> manifests) {
        this.number = number;
        this.manifests = List.copyOf(manifests);
    }

    /** Delivers the manifests with their shares of the weighed load; the delivery takes the first manifest's number. */
    public static Delivery weigh(List<Manifest> manifests, String plantCode, boolean kitchenWastePlant, Weight weighed,
                                 LocalDateTime at, BigDecimal tolerancePercent, String who) {
        return weigh(manifests, plantCode, kitchenWastePlant, weighed, at, tolerancePercent, who, null);
    }

    /**
     * As above, the plant rejecting part or all of the load ({@code rejection}, null: none): each manifest's rejected
     * part is its share of the rejected kilograms, in proportion to its pickup weight (they add up to the rejection to the
     * gram), and never more than its share of the weighed load.
     */
    public static Delivery weigh(List<Manifest> manifests, String plantCode, boolean kitchenWastePlant, Weight weighed,
                                 LocalDateTime at, BigDecimal tolerancePercent, String who, Rejection rejection) {
        if (manifests.isEmpty()) {
            throw new IllegalArgumentException("a delivery closes at least one manifest");
        }
        Map<String, BigDecimal> pickups = new LinkedHashMap<>();
        manifests.forEach(m -> pickups.put(m.manifestNo(), m.weightKg()));
        BigDecimal pickedUp = pickups.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> shares = Proportions.split(pickups, weighed.kilograms());
        Map<String, BigDecimal> rejected = rejection == null ? Map.of()
                : rejection.isWhole(weighed.kilograms()) ? shares : Proportions.split(pickups, rejection.kilograms());
        String number = "D-" + manifests.get(0).manifestNo();
        for (Manifest m : manifests) {
            BigDecimal share = shares.get(m.manifestNo());
            BigDecimal rejectedShare = rejected.getOrDefault(m.manifestNo(), BigDecimal.ZERO).min(share);
            m.deliver(number, plantCode, kitchenWastePlant, new Weight(share), pickedUp, weighed.kilograms(), at,
                    tolerancePercent, who, rejection, rejectedShare);
        }
        return new Delivery(number, manifests);
    }

    public String number() {
        return number;
    }

    public List<Manifest> manifests() {
        return manifests;
    }
}
