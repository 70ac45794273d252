package net.wastenet.recyclables.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.recyclables.api.SourceKind;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Material;
import net.wastenet.shared.Problems;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.Weight;
import net.wastenet.shared.recording.Stamp;
import org.junit.jupiter.api.Test;

class FacilityAndFlowsTest {
    static final LocalDate OPENED = LocalDate.of(2025, 1, 1);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 5, 9, 0);

    static Facility facility(String code, FacilityKind kind, int tpd, Set<Material> materials) {
        Facility f = new Facility(code, code, kind, "510104", null, null, BigDecimal.valueOf(tpd), materials, OPENED, NOW, "admin");
        try {
            Field id = Facility.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(f, (long) code.hashCode());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return f;
    }

    @Test
    void aSecondPhaseRaisesCapacityFromItsDateOnAndThePastKeepsItsOwn() {
        Facility wx = facility("WX-INC01", FacilityKind.INCINERATION_PLANT, 2400, Set.of());
        wx.changeCapacity(BigDecimal.valueOf(5400), LocalDate.of(2026, 9, 1), "phase 2", NOW, "admin");
        assertNull(wx.capacityOn(OPENED.minusDays(1)));
        assertEquals(0, BigDecimal.valueOf(2400).compareTo(wx.capacityOn(LocalDate.of(2026, 8, 31))));
        assertEquals(0, BigDecimal.valueOf(5400).compareTo(wx.capacityOn(LocalDate.of(2026, 9, 1))));
        var before = assertThrows(InvalidInputException.class,
                () -> wx.changeCapacity(BigDecimal.TEN, OPENED.minusDays(1), "x", NOW, "admin"));
        assertEquals("effectiveFrom", before.errors().get(0).field());
    }

    @Test
    void aFacilityReceivesOnlyItsKindsCategoriesAndItsListedMaterials() {
        Facility paper = facility("PP01", FacilityKind.RECYCLING_PROCESSOR, 100, EnumSet.of(Material.PAPER));
        Problems p = new Problems();
        paper.checkCanReceive(WasteCategory.RECYCLABLE, Material.GLASS, LocalDate.of(2026, 3, 5), "date", "category", "material", p);
        paper.checkCanReceive(WasteCategory.RESIDUAL, null, OPENED.minusDays(1), "date", "category", "material", p);
        assertEquals(3, p.errors().size());
        assertTrue(p.has("material") && p.has("category") && p.has("date"));
        Problems fine = new Problems();
        paper.checkCanReceive(WasteCategory.RECYCLABLE, Material.PAPER, OPENED, "date", "category", "material", fine);
        assertTrue(fine.isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> facility("X", FacilityKind.INCINERATION_PLANT, 1, EnumSet.of(Material.PAPER)));
    }

    static final Stamp STAMP = new Stamp("op", NOW, null, "h");
    static final LocalDateTime AT = OPENED.atTime(10, 0);

    @Test
    void betweenFacilitiesRecyclablesAreSentOnAndEverythingElseIsAResidue() {
        Facility centre = facility("SC01", FacilityKind.SORTING_CENTRE, 50, Set.of());
        Facility processor = facility("PP01", FacilityKind.RECYCLING_PROCESSOR, 100, Set.of());
        Facility incinerator = facility("INC01", FacilityKind.INCINERATION_PLANT, 2400, Set.of());
        var onwards = Movement.transfer(centre, processor, Material.PAPER, Weight.kg("900"), AT, STAMP);
        var rejects = Movement.residue(centre, incinerator, Material.PAPER, Weight.kg("80"), OPENED, STAMP);
        assertFalse(onwards.residue());
        assertTrue(rejects.residue());
        assertEquals(WasteCategory.RESIDUAL, rejects.category(), "a residue to incineration is residual waste");
        assertNull(rejects.material(), "paper is no material of residual waste");
        assertEquals(SourceKind.FACILITY, rejects.sourceKind());
        assertNull(rejects.sourceDistrictCode(), "what moves between facilities is never new waste of a district");
        var toItself = assertThrows(InvalidInputException.class, () -> Movement.transfer(centre, centre, Material.PAPER, Weight.kg("1"),
                AT, STAMP));
        assertEquals("toFacilityCode", toItself.errors().get(0).field());
    }

    @Test
    void onlyAFacilityThatHandlesRecyclablesSendsThemOnAndAPointOnlyWhatItTookThatDay() {
        Facility incinerator = facility("INC01", FacilityKind.INCINERATION_PLANT, 2400, Set.of());
        Facility centre = facility("SC01", FacilityKind.SORTING_CENTRE, 50, EnumSet.of(Material.PAPER));
        var fromIncinerator = assertThrows(InvalidInputException.class,
                () -> Movement.transfer(incinerator, centre, Material.PAPER, Weight.kg("5"), AT, STAMP));
        assertEquals("fromFacilityCode", fromIncinerator.errors().get(0).field());
        var closedPointAndGlass = assertThrows(InvalidInputException.class, () -> Movement.transfer(
                new Movement.PointOrigin("JJ-R01", "510104", false), centre, Material.GLASS, Weight.kg("5"), AT, STAMP));
        assertEquals(2, closedPointAndGlass.errors().size(), "every broken rule at once");
        assertEquals("fromPointCode", closedPointAndGlass.errors().get(0).field());
        assertEquals("material", closedPointAndGlass.errors().get(1).field());
        var fromPoint = Movement.transfer(new Movement.PointOrigin("JJ-R01", "510104", true), centre, Material.PAPER, Weight.kg("5"),
                AT, STAMP);
        assertEquals(SourceKind.POINT, fromPoint.sourceKind());
        assertEquals("510104", fromPoint.sourceDistrictCode(), "a point's recyclables are its district's new waste");
    }

    @Test
    void residuesGoToDisposalOnlyAndProductsLeaveOnlyOnceTheFacilityIsInService() {
        Facility centre = facility("SC01", FacilityKind.SORTING_CENTRE, 50, Set.of());
        Facility processor = facility("PP01", FacilityKind.RECYCLING_PROCESSOR, 100, Set.of());
        Facility hazardous = facility("HW01", FacilityKind.HAZARDOUS_WASTE_FACILITY, 10, Set.of());
        var toProcessor = assertThrows(InvalidInputException.class, () -> Movement.residue(centre, processor, null, Weight.kg("5"),
                OPENED, STAMP));
        assertTrue(toProcessor.errors().stream().anyMatch(e -> e.field().equals("toFacilityCode")));
        var batteries = Movement.residue(centre, hazardous, Material.BATTERY, Weight.kg("5"), OPENED, STAMP);
        assertEquals(WasteCategory.HAZARDOUS, batteries.category());
        assertEquals(Material.BATTERY, batteries.material());
        var early = assertThrows(InvalidInputException.class, () -> Movement.product(centre, Material.PAPER, "bales", Weight.kg("5"),
                OPENED.minusDays(1), STAMP));
        assertEquals("date", early.errors().get(0).field());
        assertEquals(WasteCategory.RECYCLABLE, Movement.product(centre, null, "mixed bales", Weight.kg("5"), OPENED, STAMP).category());
    }

    @Test
    void theMassBalanceClosesWithinToleranceOrSaysByHowMuchItDoesNot() {
        var closes = new MassBalance(new BigDecimal("1000"), new BigDecimal("900"), new BigDecimal("80"), new BigDecimal("20"),
                BigDecimal.valueOf(5));
        assertEquals(0, closes.imbalanceKg().signum());
        assertTrue(closes.withinTolerance());
        var justInside = new MassBalance(new BigDecimal("1000"), new BigDecimal("900"), new BigDecimal("50"), BigDecimal.ZERO,
                BigDecimal.valueOf(5));
        assertEquals(0, new BigDecimal("50").compareTo(justInside.imbalanceKg()));
        assertTrue(justInside.withinTolerance());
        var outside = new MassBalance(new BigDecimal("1000"), new BigDecimal("900"), new BigDecimal("40"), BigDecimal.ZERO,
                BigDecimal.valueOf(5));
        assertFalse(outside.withinTolerance());
        assertEquals(0, new BigDecimal("6.00").compareTo(outside.imbalancePercent()));
        var nothingIn = new MassBalance(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.valueOf(5));
        assertTrue(nothingIn.withinTolerance());
        assertNull(nothingIn.imbalancePercent());
        var shippedFromStock = new MassBalance(BigDecimal.ZERO, new BigDecimal("10"), BigDecimal.ZERO, new BigDecimal("-10"),
                BigDecimal.valueOf(5));
        assertTrue(shippedFromStock.withinTolerance());
    }

    @Test
    void anIncineratorDisposesWhatItDoesNotSendOnButCannotSendOnMoreThanItReceived() {
        var plant = MassBalance.disposing(new BigDecimal("1000"), BigDecimal.ZERO, new BigDecimal("220"), new BigDecimal("30"),
                BigDecimal.valueOf(5));
        assertEquals(0, new BigDecimal("750").compareTo(plant.disposedKg()));
        assertEquals(0, plant.imbalanceKg().signum());
        assertTrue(plant.withinTolerance());
        var impossible = MassBalance.disposing(new BigDecimal("1000"), BigDecimal.ZERO, new BigDecimal("1300"), BigDecimal.ZERO,
                BigDecimal.valueOf(5));
        assertEquals(0, impossible.disposedKg().signum());
        assertFalse(impossible.withinTolerance(), "more ash than waste received does not balance");
    }

    @Test
    void aDayOverDesignCapacityIsAnAlertAndADayAtCapacityIsNot() {
        assertFalse(CapacityAlert.isOverCapacity(new BigDecimal("100000"), BigDecimal.valueOf(100)));
        assertTrue(CapacityAlert.isOverCapacity(new BigDecimal("100000.001"), BigDecimal.valueOf(100)));
        assertFalse(CapacityAlert.isOverCapacity(new BigDecimal("5"), null));
    }
}
