package net.wastenet.kitchen.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Material;
import net.wastenet.shared.Problems;
import net.wastenet.shared.Weight;
import org.junit.jupiter.api.Test;

class ManifestTest {
    static final LocalDateTime PICKED = LocalDateTime.of(2026, 3, 5, 7, 40);
    static final Source POINT = new Source(Source.POINT, "JJ-P001", "510104", Material.HOUSEHOLD_KITCHEN);
    final Vehicle truck = new Vehicle("川A12345", "H01", new BigDecimal("8000"), PICKED, "admin");

    Manifest pickUp(String kg, String onBoard) {
        return Manifest.pickUp(POINT, "H01", truck, new BigDecimal(onBoard), Weight.kg(kg), PICKED, null, null, null, "h",
                PICKED, "hauler01");
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
                Weight.kg("10"), PICKED, null, null, null, "h", PICKED, "x"));
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
        var refused = assertThrows(InvalidInputException.class, () -> m.deliver("D-1", "WX-INC01", false, Weight.kg("1000"),
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
    void treatmentCannotUseMoreThanThePlantHoldsNorRemoveMoreImpuritiesThanItsInput() {
        Problems p = new Problems();
        Treatment.check(new BigDecimal("100"), new BigDecimal("120"), new BigDecimal("130"), new BigDecimal("90"), p);
        assertEquals(3, p.errors().size());
        assertTrue(p.has("impuritiesKg") && p.has("inputKg") && p.has("residues"));
        Problems fine = new Problems();
        Treatment.check(new BigDecimal("90"), new BigDecimal("9"), new BigDecimal("9"), new BigDecimal("90"), fine);
        assertTrue(fine.isEmpty());
        Treatment t = new Treatment("QL-KW01", PICKED.toLocalDate(), new BigDecimal("95000"), new BigDecimal("9000"),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, "h", PICKED, "plant-ql");
        assertEquals(0, new BigDecimal("86000").compareTo(t.treatedKg()));
    }
}
