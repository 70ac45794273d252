package net.wastenet.reporting.domain;

import java.math.BigDecimal;

/**
 * Receipts of a period summed by how they flowed: into which facility (and its kind), from which
 * facility or from which kind of source, from which district, residue or not.
 */
public record FlowSum(String toFacility, String toKind, String fromFacility, String fromKind, String sourceKind,
                      String districtCode, boolean residue, BigDecimal weightKg) {
    static final java.util.Set<String> NEW_WASTE = java.util.Set.of("POINT", "DISTRICT", "PRODUCER");
    static final java.util.Set<String> COLLECTING = java.util.Set.of("KITCHEN_WASTE_PLANT", "INCINERATION_PLANT", "LANDFILL",
            "HAZARDOUS_WASTE_FACILITY");

    /** New waste of a district (from a point, a district's collection or a producer), not passed on by a facility. */
    public boolean isNewWaste() {
        return sourceKind != null && NEW_WASTE.contains(sourceKind);
    }

    /** C: a first receipt of new waste at a kitchen-waste plant, incineration plant, landfill or hazardous-waste facility. */
    public boolean isCollected() {
        return isNewWaste() && COLLECTING.contains(toKind);
    }

    /** R: received at a recycling processor from points (new waste) or sent on by a sorting centre (not its rejects). */
    public boolean isRecovered() {
        return "RECYCLING_PROCESSOR".equals(toKind)
                && (isNewWaste() || "FACILITY".equals(sourceKind) && "SORTING_CENTRE".equals(fromKind) && !residue);
    }

    /** I: every receipt at an incineration plant, residues included. */
    public boolean isIncinerated() {
        return "INCINERATION_PLANT".equals(toKind);
    }

    /** L: every receipt at a landfill, residues included. */
    public boolean isLandfilled() {
        return "LANDFILL".equals(toKind);
    }
}
