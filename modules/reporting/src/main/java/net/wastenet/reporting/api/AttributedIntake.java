package net.wastenet.reporting.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The intake of treatment and disposal plants in a period attributed to the districts it came from, exactly as the
 * indicators' drill-down counts it ({@code GET /indicators/components/{component}?scope={district}}): a facility's
 * receipts counted in the component its kind measures (I at an incineration plant, L at a landfill, C at a
 * kitchen-waste plant or hazardous-waste facility), each receipt's share of a district as the drill-down gives it
 * (new waste to its own district; what a facility passed on, residues included, in proportion to that facility's intake),
 * rounded per receipt to the gram as the drill-down rounds it. The kilograms of a (district, facility) pair are the sum
 * of the drill-down's {@code countedKg} over the records of that facility for that district's scope.
 */
public interface AttributedIntake {
    /** Kilograms a facility received in the period that belong to a district. */
    record Attributed(String districtCode, String facilityCode, String facilityKind, String component, BigDecimal weightKg) {
    }

    /** Every (district, facility) pair with kilograms above zero, in district then facility order. */
    List<Attributed> intake(LocalDate from, LocalDate to);
}
