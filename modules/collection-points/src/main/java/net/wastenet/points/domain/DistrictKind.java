package net.wastenet.points.domain;

/** What kind of county-level division a district is (区, 县, 县级市) or a functional zone reported like one. */
public enum DistrictKind {
    DISTRICT, COUNTY, COUNTY_CITY, FUNCTIONAL_ZONE
}
