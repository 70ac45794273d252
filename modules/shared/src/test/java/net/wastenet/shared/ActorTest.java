package net.wastenet.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {
    static Actor actor(Role role, Set<String> points, Set<String> districts) {
        return new Actor("someone", EnumSet.of(role), points, districts, Set.of(), Set.of());
    }

    @Test
    void stationStaffWriteAndReadOnlyAtTheirOwnPoints() {
        Actor staff = actor(Role.STATION_STAFF, Set.of("JJ-P001"), Set.of());
        assertTrue(staff.mayWriteAtPoint("JJ-P001"));
        assertFalse(staff.mayWriteAtPoint("JJ-P002"));
        assertTrue(staff.mayReadPoint("JJ-P001", "510104"));
        assertFalse(staff.mayReadPoint("JJ-P002", "510104"));
        assertFalse(staff.mayReadDistrict("510104"));
        var refused = assertThrows(NotYoursException.class, () -> staff.requireWriteAtPoint("JJ-P002", "pointCode"));
        assertEquals("pointCode", refused.field());
    }

    @Test
    void districtOfficersReadTheirDistrictButWriteNoWeighing() {
        Actor officer = actor(Role.DISTRICT_OFFICER, Set.of(), Set.of("510104"));
        assertTrue(officer.mayReadPoint("JJ-P002", "510104"));
        assertFalse(officer.mayReadPoint("QY-P001", "510105"));
        assertFalse(officer.mayWriteAtPoint("JJ-P002"));
    }

    @Test
    void theBureauReadsAllAndWritesNothingAnAdministratorDoesBoth() {
        Actor bureau = actor(Role.BUREAU, Set.of(), Set.of());
        assertTrue(bureau.mayReadDistrict("510185"));
        assertFalse(bureau.mayWriteAtPoint("JY-P001"));
        Actor admin = actor(Role.ADMIN, Set.of(), Set.of());
        assertTrue(admin.mayWriteAtPoint("JY-P001"));
        assertTrue(admin.mayReadDistrict("510185"));
    }

    @Test
    void aHaulerOrAPlantOperatorReadsNoStationsLog() {
        Actor hauler = actor(Role.HAULER, Set.of(), Set.of());
        assertFalse(hauler.mayReadPoint("JJ-P001", "510104"));
        assertFalse(hauler.mayReadDistrict("510104"));
    }

    @Test
    void anInspectorInspectsAndReadsTheQualityOfTheirDistrictsButNotItsFigures() {
        Actor inspector = actor(Role.INSPECTOR, Set.of(), Set.of("510104"));
        assertTrue(inspector.mayInspectIn("510104"));
        assertFalse(inspector.mayInspectIn("510105"));
        assertTrue(inspector.mayReadQualityOf("510104"));
        assertFalse(inspector.mayReadQualityOf("510105"));
        assertFalse(inspector.mayReadDistrict("510104"), "an inspector reads no weighings, returns or indicators");
        assertEquals("communityCode", assertThrows(NotYoursException.class,
                () -> inspector.requireInspectIn("510105", "communityCode")).field());
        Actor officer = actor(Role.DISTRICT_OFFICER, Set.of(), Set.of("510104"));
        assertFalse(officer.mayInspectIn("510104"), "an officer reads the inspections of the district but records none");
        assertTrue(officer.mayReadQualityOf("510104"));
        assertFalse(actor(Role.ADMIN, Set.of(), Set.of()).mayInspectIn("510104"), "an administrator records no inspection");
    }
}
