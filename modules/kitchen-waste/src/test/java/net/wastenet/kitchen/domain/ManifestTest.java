package net.wastenet.kitchen.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import net.wastenet.recyclables.api.SourceKind;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Material;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Weight;
import net.wastenet.shared.recording.Stamp;
import org.junit.jupiter.api.Test;

class ManifestTest {
    static final LocalDateTime PICKED = LocalDateTime.of(2026, 3, 5, 7, 40);
    static final Source POINT = Source.point("JJ-P001", "510104", true, true);
    static final Manifest.Destination QIONGLAI = new Manifest.Destination("QL-KW01", true, "destinationFacilityCode");
    final Vehicle truck = new Vehicle("川A12345", "H01", new BigDecimal("8000"), PICKED, "admin");

    Manifest pickUp(String kg, String onBoard) {
        return Manifest.pickUp(POINT, "H01", truck, new BigDecimal(onBoard), Weight.kg(kg), PICKED, null, null, QIONGLAI, null,
                new Stamp("hauler01", PICKED, null, "h"));
    }

    @Test
    void aPickupIsSignedByTheHaulerAndOpen() {
        Manifest m = pickUp("640.5", "0");
        assertEquals(Manifest.Status.PICKED_UP, m.status());
        assertEquals("hauler01", m.signedBy());
        assertEquals("510104", m.sourceDistrictCode());
    }

    @Test
    void aVehicleIsNeverLoadedBeyondItsCapacityNorUsedByAnotherHauler() {
        var over = assertThrows(InvalidInputException.class, () -> pickUp("500", "7600"));
        assertEquals("weightKg", over.errors().get(0).field());
        assertEquals(Manifest.Status.PICKED_UP, pickUp("400", "7600").status(), "exactly full is allowed");
        var other = assertThrows(InvalidInputException.class, () -> Manifest.pickUp(POINT, "H02", truck, BigDecimal.ZERO,
                Weight.kg("10"), PICKED, null, null, QIONGLAI, null, new Stamp("x", PICKED, null, "h")));
        assertEquals("vehicleCode", other.errors().get(0).field());
    }

    @Test
    void theWeighbridgeClosesItOnceAndTheDiscrepancyIsFlaggedAboveTolerance() {
        Manifest m = pickUp("1000", "0");
        m.deliver("D-1", "QL-KW01", true, Weight.kg("1060"), new BigDecimal("1000"), new BigDecimal("1060"),
                PICKED.plusHours(3), BigDecimal.valueOf(5), "plant-ql");
        assertEquals(Manifest.Status.DELIVERED, m.status());
        assertEquals(0, new BigDecimal("60").compareTo(m.discrepancyKg()));
        assertTrue(m.discrepancyFlag());
        assertThrows(ConflictException.class, () -> m.deliver("D-2", "QL-KW01", true, Weight.kg("1000"), new BigDecimal("1000"),
                new BigDecimal("1000"), PICKED.plusHours(4), BigDecimal.valueOf(5), "plant-ql"));
        assertFalse(Manifest.isDiscrepant(new BigDecimal("1000"), new BigDecimal("950"), BigDecimal.valueOf(5)));
        assertTrue(Manifest.isDiscrepant(new BigDecimal("1000"), new BigDecimal("949.999"), BigDecimal.valueOf(5)));
    }

    @Test
    void aDeliveryGoesToAKitchenWastePlantAndNotBeforeThePickup() {
        Manifest m = pickUp("1000", "0");
        var refused = assertThrows(InvalidInputException.class, () -> m.deliver("D-1", "QL-KW01", false, Weight.kg("1000"),
                new BigDecimal("1000"), new BigDecimal("1000"), PICKED.minusMinutes(1), BigDecimal.valueOf(5), "x"));
        assertEquals(2, refused.errors().size());
        assertEquals("facilityCode", refused.errors().get(0).field());
        assertEquals("deliveredAt", refused.errors().get(1).field());
        assertEquals(Manifest.Status.PICKED_UP, m.status());
    }

    @Test
    void anOpenManifestBecomesOverdueAfterTheAllowedTime() {
        Manifest m = pickUp("100", "0");
        assertFalse(m.isOverdue(PICKED.plusHours(23), Duration.ofHours(24)));
        assertTrue(m.isOverdue(PICKED.plusHours(25), Duration.ofHours(24)));
    }

    @Test
    void aSourceHandsOverOnlyWhatItTakesOnDaysItIsActiveAndARunMustBeThisVehiclesOnARouteThatVisitsIt() {
        var closedPoint = assertThrows(InvalidInputException.class, () -> Manifest.pickUp(Source.point("JJ-S01", "510104", false, false),
                "H01", truck, BigDecimal.ZERO, Weight.kg("10"), PICKED, null, null, QIONGLAI, null, new Stamp("h", PICKED, null, "h")));
        assertEquals(2, closedPoint.errors().size());
        assertTrue(closedPoint.errors().stream().allMatch(e -> e.field().equals("sourcePointCode")));
        var unregistered = assertThrows(InvalidInputException.class, () -> Manifest.pickUp(
                Source.producer("JJ-R0001", "510104", Material.CATERING, false), "H01", truck, BigDecimal.ZERO, Weight.kg("10"), PICKED,
                null, null, QIONGLAI, null, new Stamp("h", PICKED, null, "h")));
        assertEquals("producerCode", unregistered.errors().get(0).field());
        Route elsewhere = new Route("H01-X", "x", "H01", List.of(new Route.Stop(SourceKind.POINT, "JJ-P002")), null, PICKED, "admin");
        Vehicle other = new Vehicle("川A99999", "H01", new BigDecimal("8000"), PICKED, "admin");
        Run yesterdaysRun = new Run(elsewhere, other, PICKED.toLocalDate().minusDays(1), PICKED, "admin");
        var wrongRun = assertThrows(InvalidInputException.class, () -> Manifest.pickUp(POINT, "H01", truck, BigDecimal.ZERO,
                Weight.kg("10"), PICKED, yesterdaysRun, elsewhere, QIONGLAI, null, new Stamp("h", PICKED, null, "h")));
        assertEquals(3, wrongRun.errors().size(), "another vehicle's run, of another day, on a route that does not pass here");
        assertTrue(wrongRun.errors().stream().allMatch(e -> e.field().equals("runId")));
    }

    @Test
    void oneWeighbridgeWeightIsSharedOverItsManifestsInProportionAndTheDiscrepancyIsTheLoads() {
        Manifest a = numbered(pickUp("600", "0"), 1);
        Manifest b = numbered(pickUp("300", "0"), 2);
        Manifest c = numbered(pickUp("100", "0"), 3);
        Delivery d = Delivery.weigh(List.of(a, b, c), "QL-KW01", true, Weight.kg("1100"), PICKED.plusHours(2), BigDecimal.valueOf(5),
                "plant-ql");
        assertEquals("D-" + a.manifestNo(), d.number());
        assertEquals(0, new BigDecimal("660").compareTo(a.deliveredKg()));
        assertEquals(0, new BigDecimal("330").compareTo(b.deliveredKg()));
        assertEquals(0, new BigDecimal("110").compareTo(c.deliveredKg()));
        for (Manifest m : List.of(a, b, c)) {
            assertEquals(Manifest.Status.DELIVERED, m.status());
            assertEquals(0, new BigDecimal("100").compareTo(m.discrepancyKg()), "the discrepancy is the load's, beside every manifest");
            assertTrue(m.discrepancyFlag(), "10 % over the pickups is above a 5 % tolerance");
        }
    }

    @Test
    void sharesOfAnAwkwardWeightStillAddUpToItToTheGram() {
        Manifest a = numbered(pickUp("1", "0"), 1);
        Manifest b = numbered(pickUp("1", "0"), 2);
        Manifest c = numbered(pickUp("1", "0"), 3);
        Delivery.weigh(List.of(a, b, c), "QL-KW01", true, Weight.kg("10"), PICKED.plusHours(1), BigDecimal.valueOf(5), "plant-ql");
        assertEquals(0, new BigDecimal("10").compareTo(a.deliveredKg().add(b.deliveredKg()).add(c.deliveredKg())));
    }

    @Test
    void treatmentCannotUseMoreThanThePlantHoldsNorRemoveMoreImpuritiesThanItsInputAndOnlyAtAKitchenWastePlant() {
        Stamp stamp = new Stamp("plant-ql", PICKED, null, "h");
        var refused = assertThrows(InvalidInputException.class, () -> Treatment.record("WX-INC01", false, PICKED.toLocalDate(),
                new BigDecimal("100"), new BigDecimal("120"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                List.of(new Treatment.Residue("WX-INC01", new BigDecimal("130"))), new BigDecimal("90"), stamp));
        assertEquals(4, refused.errors().size());
        assertEquals(List.of("facilityCode", "impuritiesKg", "inputKg", "residues"),
                refused.errors().stream().map(e -> e.field()).toList());
        Treatment t = Treatment.record("QL-KW01", true, PICKED.toLocalDate(), new BigDecimal("95000"), new BigDecimal("9000"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, List.of(new Treatment.Residue("WX-INC01", new BigDecimal("9000"))),
                new BigDecimal("95000"), stamp);
        assertEquals(0, new BigDecimal("86000").compareTo(t.treatedKg()));
        assertEquals(1, t.residues().size());
    }

    /** A manifest as stored: its id set, then numbered. */
    static Manifest numbered(Manifest m, long id) {
        try {
            var field = Manifest.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(m, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        m.number();
        return m;
    }

    @Test
    void aPickupNamesTheKitchenWastePlantItGoesTo() {
        var none = assertThrows(InvalidInputException.class, () -> Manifest.pickUp(POINT, "H01", truck, BigDecimal.ZERO, Weight.kg("10"),
                PICKED, null, null, new Manifest.Destination(null, false, "destinationFacilityCode"), null, new Stamp("h", PICKED, null, "h")));
        assertEquals("destinationFacilityCode", none.errors().get(0).field());
        var incinerator = assertThrows(InvalidInputException.class, () -> Manifest.pickUp(POINT, "H01", truck, BigDecimal.ZERO,
                Weight.kg("10"), PICKED, null, null, new Manifest.Destination("WX-INC01", false, "destinationFacilityCode"), null,
                new Stamp("h", PICKED, null, "h")));
        assertEquals("destinationFacilityCode", incinerator.errors().get(0).field());
        assertEquals("QL-KW01", pickUp("10", "0").destinationFacilityCode());
    }

    @Test
    void onlyThePlantItGoesToTakesTheLoadUnlessTheHaulerDivertsItWithAReason() {
        Manifest m = pickUp("1000", "0");
        var elsewhere = assertThrows(NotYoursException.class, () -> m.deliver("D-1", "JY-KW02", true, Weight.kg("1000"),
                new BigDecimal("1000"), new BigDecimal("1000"), PICKED.plusHours(2), BigDecimal.valueOf(5), "plant-jy"));
        assertEquals("manifestNo", elsewhere.field());
        assertEquals(Manifest.Status.PICKED_UP, m.status());
        var same = assertThrows(InvalidInputException.class, () -> m.divert(
                new Manifest.Destination("QL-KW01", true, "toFacilityCode"), "again"));
        assertEquals("toFacilityCode", same.errors().get(0).field());
        m.divert(new Manifest.Destination("JY-KW02", true, "toFacilityCode"), "邛崃厂检修");
        assertEquals("JY-KW02", m.destinationFacilityCode());
        assertEquals("邛崃厂检修", m.diversionReason());
        assertThrows(NotYoursException.class, () -> m.deliver("D-1", "QL-KW01", true, Weight.kg("1000"), new BigDecimal("1000"),
                new BigDecimal("1000"), PICKED.plusHours(2), BigDecimal.valueOf(5), "plant-ql"));
        m.deliver("D-1", "JY-KW02", true, Weight.kg("1000"), new BigDecimal("1000"), new BigDecimal("1000"), PICKED.plusHours(2),
                BigDecimal.valueOf(5), "plant-jy");
        assertEquals(Manifest.Status.DELIVERED, m.status());
        assertThrows(ConflictException.class, () -> m.divert(new Manifest.Destination("QL-KW01", true, "toFacilityCode"), "late"));
    }
}
