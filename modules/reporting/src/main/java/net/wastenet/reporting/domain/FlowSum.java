package net.wastenet.reporting.domain;

import java.math.BigDecimal;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.recyclables.api.SourceKind;

/**
 * Receipts of a period summed by how they flowed: into which facility (and its kind), from which
 * facility or from which kind of source, from which district, residue or not. Which indicator a flow
 * counts in is asked of the kinds themselves ({@link FacilityKind}, {@link SourceKind}): where each
 * quantity is measured is the recyclables module's definition, not re-spelt here.
 */
public record FlowSum(String toFacility, FacilityKind toKind, String fromFacility, FacilityKind fromKind, SourceKind sourceKind,
                      String districtCode, boolean residue, BigDecimal weightKg) {

    /** From the read model's columns, which keep the kinds by name. */
    public static FlowSum of(String toFacility, String toKind, String fromFacility, String fromKind, String sourceKind,
                             String districtCode, boolean residue, BigDecimal weightKg) {
        return new FlowSum(toFacility, toKind == null ? null : FacilityKind.valueOf(toKind), fromFacility,
                fromKind == null ? null : FacilityKind.valueOf(fromKind), sourceKind == null ? null : SourceKind.valueOf(sourceKind),
                districtCode, residue, weightKg);
    }

    /** New waste of a district (from a point, a district's collection or a producer), not passed on by a facility. */
    public boolean isNewWaste() {
        return sourceKind != null && sourceKind.bringsNewWaste();
    }

    /** C: a first receipt of new waste at a kitchen-waste plant, incineration plant, landfill or hazardous-waste facility. */
    public boolean isCollected() {
        return isNewWaste() && toKind != null && toKind.countsCollected();
    }

    /** R: received at a recycling processor from points (new waste) or sent on by a sorting centre (not its rejects). */
    public boolean isRecovered() {
        return toKind != null && toKind.countsRecovered()
                && (isNewWaste() || sourceKind == SourceKind.FACILITY && fromKind != null && fromKind.sendsRecoveredOn() && !residue);
    }

    /** I: every receipt at an incineration plant, residues included. */
    public boolean isIncinerated() {
        return toKind != null && toKind.countsIncinerated();
    }

    /** L: every receipt at a landfill, residues included. */
    public boolean isLandfilled() {
        return toKind != null && toKind.countsLandfilled();
    }
}
