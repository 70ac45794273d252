package net.wastenet.reporting.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which district each facility's intake of a period belongs to, as fractions. New waste carries its
 * district; what a facility receives from another facility belongs to the districts of that
 * facility's own intake, in proportion (a processor's paper from a sorting centre belongs to the
 * districts the centre received from). Cycles between facilities are cut: a facility already being
 * resolved contributes nothing further.
 */
public final class DistrictShares {
    private static final int SCALE = 12;
    private final Map<String, List<FlowSum>> intakeByFacility = new HashMap<>();
    private final Map<String, Map<String, BigDecimal>> memo = new HashMap<>();

    public DistrictShares(List<FlowSum> flows) {
        for (FlowSum f : flows) {
            if (f.toFacility() != null) {
                intakeByFacility.computeIfAbsent(f.toFacility(), k -> new java.util.ArrayList<>()).add(f);
            }
        }
    }

    /** The fraction of a facility's intake that belongs to each district (empty when it received nothing attributable). */
    public Map<String, BigDecimal> of(String facility) {
        return resolve(facility, new HashSet<>());
    }

    /** The fraction of one flow that belongs to a district. */
    public BigDecimal fractionOf(FlowSum flow, String district) {
        if (flow.districtCode() != null) {
            return flow.districtCode().equals(district) ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (flow.fromFacility() == null) {
            return BigDecimal.ZERO;
        }
        return of(flow.fromFacility()).getOrDefault(district, BigDecimal.ZERO);
    }

    private Map<String, BigDecimal> resolve(String facility, Set<String> resolving) {
        Map<String, BigDecimal> known = memo.get(facility);
        if (known != null) {
            return known;
        }
        if (!resolving.add(facility)) {
            return Map.of();
        }
        Map<String, BigDecimal> kg = new HashMap<>();
        for (FlowSum f : intakeByFacility.getOrDefault(facility, List.of())) {
            if (f.districtCode() != null) {
                kg.merge(f.districtCode(), f.weightKg(), BigDecimal::add);
            } else if (f.fromFacility() != null) {
                resolve(f.fromFacility(), resolving).forEach((d, share) -> kg.merge(d, f.weightKg().multiply(share), BigDecimal::add));
            }
        }
        resolving.remove(facility);
        BigDecimal total = kg.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> shares = new HashMap<>();
        if (total.signum() > 0) {
            kg.forEach((d, w) -> shares.put(d, w.divide(total, SCALE, RoundingMode.HALF_UP)));
        }
        memo.put(facility, shares);
        return shares;
    }
}
