package net.wastenet.reporting.domain;

/** The soft warnings reporting keeps: they never block an entry, but they block a return's submission until confirmed. */
public enum WarningKind {
    /** A point's day more than three times its trailing four-week average. */
    POINT_DAY_UNUSUAL,
    /** A facility's day over its design capacity. */
    FACILITY_OVER_CAPACITY,
    /** A delivery whose weighbridge weight differs from the summed pickups beyond the tolerance. */
    MANIFEST_DISCREPANCY,
    /**
     * A community's rectification past its due date, neither completed by then nor closed by a re-inspection; dated on
     * its first overdue day. A passing re-inspection that closes the rectification confirms the warning.
     */
    RECTIFICATION_OVERDUE
}
