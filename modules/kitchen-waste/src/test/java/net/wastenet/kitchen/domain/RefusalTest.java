package net.wastenet.kitchen.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Problems;
import net.wastenet.shared.recording.Stamp;
import org.junit.jupiter.api.Test;

/** Waste refused for contamination: the notice a refusal gives, what closes it, when it is a repeat; a plant's rejection. */
class RefusalTest {
    static final LocalDateTime AT = LocalDateTime.of(2026, 3, 5, 7, 40);
    static final Source POINT = Source.point("JJ-P001", "510104", true, true);
    static final Refusal.Repeats THREE_IN_30 = new Refusal.Repeats(3, 30);
    static final Stamp STAMP = new Stamp("hauler01", AT, "k1", "h");

    static Refusal refuse(Source point, Refusal.History history) {
        return Refusal.refuse(point, "H01", AT, "塑料袋", List.of(7L), history, THREE_IN_30, 3, STAMP);
    }

    @Test
    void aRefusalGivesThePointANoticeDueThreeDaysLater() {
        Refusal r = refuse(POINT, new Refusal.History(0, 0));
        assertEquals(Refusal.Status.OPEN, r.status());
        assertEquals(LocalDate.of(2026, 3, 8), r.dueDate());
        assertFalse(r.repeated());
        assertFalse(r.isOverdueOn(LocalDate.of(2026, 3, 8)), "due that day, not yet overdue");
        assertTrue(r.isOverdueOn(LocalDate.of(2026, 3, 9)));
        assertEquals(List.of(7L), r.photoIds());
    }

    @Test
    void onlyAPointThatTakesKitchenWasteAndIsActiveCanBeRefused() {
        var e = assertThrows(InvalidInputException.class, () -> refuse(Source.point("JJ-R001", "510104", false, false),
                new Refusal.History(0, 0)));
        assertEquals(2, e.errors().size());
        assertTrue(e.errors().stream().allMatch(f -> f.field().equals("sourcePointCode")));
    }

    @Test
    void aSecondRefusalWhileANoticeIsOpenIsARepeat() {
        Refusal r = refuse(POINT, new Refusal.History(1, 1));
        assertTrue(r.repeated());
        assertEquals("OPEN_NOTICE", r.repeatReason());
    }

    @Test
    void theThirdRefusalWithinThirtyDaysIsARepeatEvenWhenTheOthersWereClosed() {
        assertFalse(refuse(POINT, new Refusal.History(0, 1)).repeated(), "the second in 30 days, none open: not yet");
        Refusal third = refuse(POINT, new Refusal.History(0, 2));
        assertTrue(third.repeated());
        assertEquals("FREQUENT", third.repeatReason());
    }

    @Test
    void theNextCleanPickupAtThePointClosesTheNoticeAndNothingElseDoes() {
        Refusal r = refuse(POINT, new Refusal.History(0, 0));
        assertFalse(r.closeBy("KW-1", "JJ-P002", AT.plusDays(1)), "a pickup at another point");
        assertFalse(r.closeBy("KW-2", "JJ-P001", AT.minusMinutes(5)), "a pickup before the refusal");
        assertEquals(Refusal.Status.OPEN, r.status());
        assertTrue(r.closeBy("KW-3", "JJ-P001", AT.plusHours(20)));
        assertEquals(Refusal.Status.CLOSED, r.status());
        assertEquals("KW-3", r.closedByManifestNo());
        assertFalse(r.closeBy("KW-4", "JJ-P001", AT.plusDays(2)), "closed once");
        assertEquals("KW-3", r.closedByManifestNo());
        assertFalse(r.isOverdueOn(AT.toLocalDate().plusDays(30)), "a closed notice is never overdue");
    }

    @Test
    void aRejectionIsAtMostTheWeighbridgeWeightAndGoesToIncinerationOrLandfill() {
        Problems p = new Problems();
        Rejection.check(new BigDecimal("700"), "玻璃", new Rejection.Destination("QL-KW01", false, true), new BigDecimal("652"), p);
        var e = assertThrows(InvalidInputException.class, p::throwIfAny);
        assertEquals(List.of("rejectedKg", "rejectedToFacilityCode"), e.errors().stream().map(f -> f.field()).toList());
        Problems ok = new Problems();
        Rejection r = Rejection.check(new BigDecimal("652"), "玻璃", new Rejection.Destination("WX-INC01", true, true),
                new BigDecimal("652"), ok);
        ok.throwIfAny();
        assertTrue(r.isWhole(new BigDecimal("652.000")));
    }

    @Test
    void aRejectedPartIsSharedOverTheLoadsManifestsAndTheRestIsAccepted() {
        Manifest a = ManifestTest.numbered(new ManifestTest().pickUp("600", "0"), 1);
        Manifest b = ManifestTest.numbered(new ManifestTest().pickUp("300", "0"), 2);
        Manifest c = ManifestTest.numbered(new ManifestTest().pickUp("100", "0"), 3);
        Delivery.weigh(List.of(a, b, c), "QL-KW01", true, net.wastenet.shared.Weight.kg("1000"), AT.plusHours(2), BigDecimal.valueOf(5),
                "plant-ql", new Rejection(new BigDecimal("100"), "玻璃", "WX-INC01"));
        assertEquals(0, new BigDecimal("60").compareTo(a.rejectedKg()));
        assertEquals(0, new BigDecimal("540").compareTo(a.acceptedKg()));
        assertEquals(0, new BigDecimal("30").compareTo(b.rejectedKg()));
        assertEquals(0, new BigDecimal("10").compareTo(c.rejectedKg()));
        assertEquals("WX-INC01", c.rejectedToFacilityCode());
        BigDecimal accepted = a.acceptedKg().add(b.acceptedKg()).add(c.acceptedKg());
        assertEquals(0, new BigDecimal("900").compareTo(accepted), "exactly the weighbridge weight less the rejection");
    }

    @Test
    void aWholeRejectionLeavesNothingAcceptedAndNoRejectionLeavesNothingRejected() {
        Manifest a = ManifestTest.numbered(new ManifestTest().pickUp("333", "0"), 1);
        Manifest b = ManifestTest.numbered(new ManifestTest().pickUp("333", "0"), 2);
        Delivery.weigh(List.of(a, b), "QL-KW01", true, net.wastenet.shared.Weight.kg("700"), AT.plusHours(2), BigDecimal.valueOf(5),
                "plant-ql", new Rejection(new BigDecimal("700"), "全部混杂", "WX-INC01"));
        assertEquals(0, a.acceptedKg().signum());
        assertEquals(0, b.acceptedKg().signum());
        Manifest c = ManifestTest.numbered(new ManifestTest().pickUp("100", "0"), 3);
        Delivery.weigh(List.of(c), "QL-KW01", true, net.wastenet.shared.Weight.kg("100"), AT.plusHours(2), BigDecimal.valueOf(5), "plant-ql");
        assertNull(c.rejectedKg());
        assertEquals(0, new BigDecimal("100").compareTo(c.acceptedKg()));
    }
}
