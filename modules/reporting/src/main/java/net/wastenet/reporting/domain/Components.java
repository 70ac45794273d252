package net.wastenet.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * The five quantities of the resource-utilisation rate for a scope and period: R recovered, I
 * incinerated, K kitchen waste treated, L landfilled, C collected. For the city they are exact sums
 * of the receipts; for a district, flows of new waste count for their own district and flows passed
 * on by a facility count in proportion to where that facility's intake came from (to the gram).
 */
public record Components(BigDecimal recoveredKg, BigDecimal incineratedKg, BigDecimal kitchenTreatedKg,
                         BigDecimal landfilledKg, BigDecimal collectedKg) {

    /** {@code treatedByPlant}: K per kitchen-waste plant (input less impurities). {@code district} null: the city. */
    public static Components of(List<FlowSum> flows, Map<String, BigDecimal> treatedByPlant, String district) {
        DistrictShares shares = district == null ? null : new DistrictShares(flows);
        BigDecimal r = BigDecimal.ZERO;
        BigDecimal i = BigDecimal.ZERO;
        BigDecimal l = BigDecimal.ZERO;
        BigDecimal c = BigDecimal.ZERO;
        for (FlowSum f : flows) {
            BigDecimal w = shares == null ? f.weightKg() : f.weightKg().multiply(shares.fractionOf(f, district));
            if (f.isRecovered()) {
                r = r.add(w);
            }
            if (f.isIncinerated()) {
                i = i.add(w);
            }
            if (f.isLandfilled()) {
                l = l.add(w);
            }
            if (f.isCollected()) {
                c = c.add(w);
            }
        }
        BigDecimal k = BigDecimal.ZERO;
        for (var plant : treatedByPlant.entrySet()) {
            BigDecimal share = shares == null ? BigDecimal.ONE : shares.of(plant.getKey()).getOrDefault(district, BigDecimal.ZERO);
            k = k.add(plant.getValue().multiply(share));
        }
        return new Components(kg(r), kg(i), kg(k), kg(l), kg(c));
    }

    private static BigDecimal kg(BigDecimal v) {
        return v.setScale(3, RoundingMode.HALF_UP);
    }
}
