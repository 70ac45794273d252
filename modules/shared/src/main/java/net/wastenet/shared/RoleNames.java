package net.wastenet.shared;

/** The names of the {@link Role}s as constants, for {@code @RolesAllowed}. */
public final class RoleNames {
    public static final String STATION_STAFF = "STATION_STAFF";
    public static final String HAULER = "HAULER";
    public static final String FACILITY_OPERATOR = "FACILITY_OPERATOR";
    public static final String DISTRICT_OFFICER = "DISTRICT_OFFICER";
    public static final String BUREAU = "BUREAU";
    public static final String ADMIN = "ADMIN";
    public static final String INSPECTOR = "INSPECTOR";

    private RoleNames() {
    }
}
