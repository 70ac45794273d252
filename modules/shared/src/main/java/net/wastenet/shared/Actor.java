package net.wastenet.shared;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting, and over what: their roles and the points, districts, haulers and facilities that
 * are theirs. Use cases receive it and check it themselves, so a rule of scope holds whichever
 * page or client calls them.
 *
 * <p>The bureau and administrators read everything; an administrator also writes everywhere (it
 * keeps the reference data and repairs mistakes). Everyone else reads and writes within their scope.
 */
public record Actor(String name, Set<Role> roles, Set<String> points, Set<String> districts, Set<String> haulers,
                    Set<String> facilities) {
    public Actor {
        Objects.requireNonNull(name, "name");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        points = Set.copyOf(points);
        districts = Set.copyOf(districts);
        haulers = Set.copyOf(haulers);
        facilities = Set.copyOf(facilities);
    }

    /** The system itself (start-up, demo data, batch jobs): every right, recorded under its name. */
    public static Actor system(String name) {
        return new Actor(name, EnumSet.of(Role.ADMIN, Role.BUREAU), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /**
     * Someone acting within a record whose scope was checked already (the operator whose treatment
     * sends residues to another facility): a name for what they record, no roles, no scope.
     */
    public static Actor within(String name) {
        return new Actor(name, Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Reads the whole city: the bureau and administrators. */
    public boolean readsEverything() {
        return has(Role.BUREAU) || has(Role.ADMIN);
    }

    /** Refuses (403) an actor without the role, saying in both languages what the role is needed for. */
    public void requireRole(Role role, Text whoMay) {
        if (!has(role)) {
            throw new NotYoursException(null, whoMay);
        }
    }

    /** Whether the actor may write at a point: an administrator anywhere, station staff at their own points. */
    public boolean mayWriteAtPoint(String pointCode) {
        return has(Role.ADMIN) || has(Role.STATION_STAFF) && points.contains(pointCode);
    }

    /** Whether the actor may read a point's records: writers of it, and readers of its district. */
    public boolean mayReadPoint(String pointCode, String districtCode) {
        return readsEverything() || mayWriteAtPoint(pointCode) || mayReadDistrict(districtCode);
    }

    /** Whether the actor may read a whole district: the bureau, administrators, and its officers. */
    public boolean mayReadDistrict(String districtCode) {
        return readsEverything() || has(Role.DISTRICT_OFFICER) && districts.contains(districtCode);
    }

    /**
     * Whether the actor may inspect a district's communities (record inspections there): inspectors in their own
     * districts, nobody else (an inspection is what its inspector saw; not even an administrator records one).
     */
    public boolean mayInspectIn(String districtCode) {
        return has(Role.INSPECTOR) && districts.contains(districtCode);
    }

    /**
     * Whether the actor may read a district's quality records (plans, inspections, rectifications, 达标 status):
     * readers of the district and the district's inspectors.
     */
    public boolean mayReadQualityOf(String districtCode) {
        return mayReadDistrict(districtCode) || has(Role.INSPECTOR) && districts.contains(districtCode);
    }

    public void requireInspectIn(String districtCode, String field) {
        if (!mayInspectIn(districtCode)) {
            throw new NotYoursException(field, Text.of("district " + districtCode + " is not one you inspect",
                    "区（市）县 " + districtCode + " 不在您的督导检查范围内"));
        }
    }

    public void requireReadQualityOf(String districtCode, String field) {
        if (!mayReadQualityOf(districtCode)) {
            throw new NotYoursException(field, Text.of("district " + districtCode + " is not yours",
                    "区（市）县 " + districtCode + " 不在您的权限范围内"));
        }
    }

    /** Whether the actor may report at a facility: an administrator anywhere, operators at their own. */
    public boolean mayWriteAtFacility(String facilityCode) {
        return has(Role.ADMIN) || has(Role.FACILITY_OPERATOR) && facilities.contains(facilityCode);
    }

    /** Whether the actor may read a facility's records: its operators, and readers of its district. */
    public boolean mayReadFacility(String facilityCode, String districtCode) {
        return readsEverything() || mayWriteAtFacility(facilityCode) || mayReadDistrict(districtCode);
    }

    public void requireWriteAtFacility(String facilityCode, String field) {
        if (!mayWriteAtFacility(facilityCode)) {
            throw new NotYoursException(field, Text.of("facility " + facilityCode + " is not one of yours",
                    "设施 " + facilityCode + " 不在您的权限范围内"));
        }
    }

    public void requireReadFacility(String facilityCode, String districtCode, String field) {
        if (!mayReadFacility(facilityCode, districtCode)) {
            throw new NotYoursException(field, Text.of("facility " + facilityCode + " is not one of yours",
                    "设施 " + facilityCode + " 不在您的权限范围内"));
        }
    }

    /** Whether the actor may sign for a hauler's loads: an administrator, or the hauler's own staff. */
    public boolean mayActForHauler(String haulerCode) {
        return has(Role.ADMIN) || has(Role.HAULER) && haulers.contains(haulerCode);
    }

    public void requireActForHauler(String haulerCode, String field) {
        if (!mayActForHauler(haulerCode)) {
            throw new NotYoursException(field, Text.of("hauler " + haulerCode + " is not yours",
                    "收运单位 " + haulerCode + " 不在您的权限范围内"));
        }
    }

    public void requireWriteAtPoint(String pointCode, String field) {
        if (!mayWriteAtPoint(pointCode)) {
            throw new NotYoursException(field, Text.of("point " + pointCode + " is not one of yours",
                    "投放点 " + pointCode + " 不在您的权限范围内"));
        }
    }

    public void requireReadPoint(String pointCode, String districtCode, String field) {
        if (!mayReadPoint(pointCode, districtCode)) {
            throw new NotYoursException(field, Text.of("point " + pointCode + " is not one of yours",
                    "投放点 " + pointCode + " 不在您的权限范围内"));
        }
    }

    public void requireReadDistrict(String districtCode, String field) {
        if (!mayReadDistrict(districtCode)) {
            throw new NotYoursException(field, Text.of("district " + districtCode + " is not yours",
                    "区（市）县 " + districtCode + " 不在您的权限范围内"));
        }
    }
}
