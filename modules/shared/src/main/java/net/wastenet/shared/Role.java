package net.wastenet.shared;

/** What a user does in the network; each user has one or more, as the user registry's groups name them. */
public enum Role {
    /** Logs weighings at their own points. */
    STATION_STAFF,
    /** Records pickups and deliveries of their own hauler's vehicles. */
    HAULER,
    /** Reports intake, outputs and treatment at their own facilities. */
    FACILITY_OPERATOR,
    /** Reads their district, checks and signs off its returns. */
    DISTRICT_OFFICER,
    /** The city management bureau: reads everything, definitions, approves, locks, reopens. */
    BUREAU,
    /** Reference data and users. */
    ADMIN,
    /** Inspects communities' sorting (督导员, third-party inspectors) in their own districts, by the bureau's rubric. */
    INSPECTOR
}
