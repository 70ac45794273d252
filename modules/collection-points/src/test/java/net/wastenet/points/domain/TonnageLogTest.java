package net.wastenet.points.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Material;
import net.wastenet.shared.WasteCategory;
import net.wastenet.shared.Weight;
import net.wastenet.shared.recording.Stamp;
import org.junit.jupiter.api.Test;

class TonnageLogTest {
    static final LocalDateTime WEIGHED = LocalDateTime.of(2026, 3, 5, 8, 30);
    static final LocalDateTime NOW = WEIGHED.plusMinutes(1);

    final CollectionPoint point = CollectionPointTest.point(EnumSet.of(WasteCategory.KITCHEN, WasteCategory.RECYCLABLE,
            WasteCategory.RESIDUAL));

    TonnageLog logged() {
        return TonnageLog.record(point, new TonnageEntry(WasteCategory.RECYCLABLE, Material.PAPER, Weight.kg("152.5")),
                WEIGHED, new Stamp("station01", NOW, "key-1", "hash-1"));
    }

    @Test
    void aWeighingStartsAtRevisionOneOnTheCityDayItWasWeighed() {
        TonnageLog log = logged();
        assertEquals(1, log.revision());
        assertEquals(LocalDate.of(2026, 3, 5), log.weighedOn());
        assertEquals("510104", log.districtCode());
        assertEquals(1, log.revisions().size());
        assertNull(log.revisions().get(0).reason());
    }

    @Test
    void aCategoryThePointDoesNotAcceptIsRefused() {
        var e = assertThrows(InvalidInputException.class, () -> TonnageLog.record(point,
                new TonnageEntry(WasteCategory.HAZARDOUS, Material.BATTERY, Weight.kg("2")), WEIGHED, new Stamp("s", NOW, null, "h")));
        assertEquals("category", e.errors().get(0).field());
    }

    @Test
    void aWeighingBeforeThePointExistedIsRefusedOnTheTimeField() {
        var e = assertThrows(InvalidInputException.class, () -> TonnageLog.record(point,
                new TonnageEntry(WasteCategory.KITCHEN, null, Weight.kg("2")), LocalDateTime.of(2025, 12, 31, 23, 0), new Stamp("s", NOW, null, "h")));
        assertEquals("weighedAt", e.errors().get(0).field());
    }

    @Test
    void aMaterialOfAnotherCategoryCannotBeMade() {
        assertThrows(IllegalArgumentException.class,
                () -> new TonnageEntry(WasteCategory.KITCHEN, Material.PAPER, Weight.kg("1")));
    }

    @Test
    void aCorrectionAddsARevisionWithWhoWhenWhyAndKeepsTheOldOne() {
        TonnageLog log = logged();
        log.correct(point, null, null, Weight.kg("125"), "scale misread", NOW.plusHours(1), "station02");
        assertEquals(2, log.revision());
        assertEquals(Weight.kg("125"), log.current().weight());
        assertEquals(Material.PAPER, log.current().material());
        var first = log.revisions().get(0);
        var second = log.revisions().get(1);
        assertEquals(Weight.kg("152.5"), first.entry().weight());
        assertEquals("scale misread", second.reason());
        assertEquals("station02", second.recordedBy());
        assertEquals(NOW.plusHours(1), second.recordedAt());
    }

    @Test
    void aCorrectionMadeFromAnOlderRevisionIsRefusedAndChangesNothing() {
        TonnageLog log = logged();
        log.correct(point, null, null, Weight.kg("125"), 1, "scale misread", NOW, "station01");
        var stale = assertThrows(ConflictException.class,
                () -> log.correct(point, null, null, Weight.kg("130"), 1, "also misread", NOW, "station02"));
        assertEquals("basedOnRevision", stale.field());
        assertTrue(stale.getMessage().contains("revision 2"));
        assertEquals(2, log.revision());
        assertEquals(Weight.kg("125"), log.current().weight());
        log.correct(point, null, null, Weight.kg("130"), 2, "read again, then corrected", NOW, "station02");
        assertEquals(3, log.revision());
    }

    @Test
    void changingTheCategoryClearsAMaterialThatNoLongerBelongs() {
        TonnageLog log = logged();
        log.correct(point, WasteCategory.RESIDUAL, null, null, "it was residual waste", NOW, "station01");
        assertEquals(WasteCategory.RESIDUAL, log.current().category());
        assertNull(log.current().material());
    }

    @Test
    void aCorrectionMustChangeSomethingAndStayWithinThePointsCategories() {
        TonnageLog log = logged();
        var same = assertThrows(InvalidInputException.class,
                () -> log.correct(point, null, null, Weight.kg("152.500"), "no change", NOW, "s"));
        assertTrue(same.getMessage().contains("changes nothing"));
        var notAccepted = assertThrows(InvalidInputException.class,
                () -> log.correct(point, WasteCategory.HAZARDOUS, null, null, "x", NOW, "s"));
        assertEquals("category", notAccepted.errors().get(0).field());
        var wrongMaterial = assertThrows(InvalidInputException.class,
                () -> log.correct(point, null, Material.CATERING, null, "x", NOW, "s"));
        assertEquals("material", wrongMaterial.errors().get(0).field());
        assertEquals(1, log.revision());
    }

    @Test
    void aWeighingKeepsWhoSentItWithItsClientKeyAndFingerprint() {
        TonnageLog log = logged();
        assertEquals("station01", log.createdBy());
        assertEquals("key-1", log.clientKey());
        assertEquals("hash-1", log.requestHash());
    }
}
