package net.wastenet.recyclables.api;

import java.util.EnumSet;
import java.util.Set;
import net.wastenet.shared.WasteCategory;

/**
 * What a facility does, which categories it receives, and where the indicators measure it:
 * collected tonnage (C) at the first receipt in a disposal or treatment plant, recyclables (R) at a
 * processor, incinerated (I) and landfilled (L) at every receipt there.
 */
public enum FacilityKind {
    SORTING_CENTRE(EnumSet.of(WasteCategory.RECYCLABLE), false),
    RECYCLING_PROCESSOR(EnumSet.of(WasteCategory.RECYCLABLE), false),
    KITCHEN_WASTE_PLANT(EnumSet.of(WasteCategory.KITCHEN), true),
    INCINERATION_PLANT(EnumSet.of(WasteCategory.RESIDUAL), true),
    LANDFILL(EnumSet.of(WasteCategory.RESIDUAL), true),
    HAZARDOUS_WASTE_FACILITY(EnumSet.of(WasteCategory.HAZARDOUS), true);

    private final Set<WasteCategory> receives;
    private final boolean countsCollected;

    FacilityKind(Set<WasteCategory> receives, boolean countsCollected) {
        this.receives = receives;
        this.countsCollected = countsCollected;
    }

    public Set<WasteCategory> receives() {
        return EnumSet.copyOf(receives);
    }

    /** Whether a first receipt here, from points, districts or producers, is collected tonnage (C). */
    public boolean countsCollected() {
        return countsCollected;
    }

    /** Where residues and rejects may go: incineration, landfill. */
    public boolean takesResidues() {
        return this == INCINERATION_PLANT || this == LANDFILL;
    }

    /**
     * Whether what it receives ends here (burnt, buried, neutralised, or treated into biogas, oil
     * and digestate, which are not weighed as movements) rather than leaving as outputs: its mass
     * balance counts the intake not sent on as consumed on site ({@code disposedKg}).
     */
    public boolean disposesOnSite() {
        return this == INCINERATION_PLANT || this == LANDFILL || this == HAZARDOUS_WASTE_FACILITY || this == KITCHEN_WASTE_PLANT;
    }

    /** Whether it sends recyclables on (to processors) rather than disposing of them. */
    public boolean handlesRecyclables() {
        return this == SORTING_CENTRE || this == RECYCLING_PROCESSOR;
    }

    /** R: recyclables are recovered where they enter a processor. */
    public boolean countsRecovered() {
        return this == RECYCLING_PROCESSOR;
    }

    /** What a sorting centre sends on (not its rejects) is recovered when a processor receives it. */
    public boolean sendsRecoveredOn() {
        return this == SORTING_CENTRE;
    }

    /** I: every receipt here is incinerated with energy recovery, residues included. */
    public boolean countsIncinerated() {
        return this == INCINERATION_PLANT;
    }

    /** L: every receipt here is landfilled, residues included. */
    public boolean countsLandfilled() {
        return this == LANDFILL;
    }

    /** K: kitchen waste is treated here (input less impurities); manifests are delivered here. */
    public boolean treatsKitchenWaste() {
        return this == KITCHEN_WASTE_PLANT;
    }
}
