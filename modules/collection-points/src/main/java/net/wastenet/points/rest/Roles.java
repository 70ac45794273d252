package net.wastenet.points.rest;

/** The roles of WasteNet, as the user registry's groups name them. */
public final class Roles {
    public static final String STATION_STAFF = "STATION_STAFF";
    public static final String HAULER = "HAULER";
    public static final String FACILITY_OPERATOR = "FACILITY_OPERATOR";
    public static final String DISTRICT_OFFICER = "DISTRICT_OFFICER";
    public static final String BUREAU = "BUREAU";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
