package net.wastenet.points.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Problems;
import net.wastenet.shared.WasteCategory;
import org.junit.jupiter.api.Test;

class CollectionPointTest {
    static final LocalDate OPENED = LocalDate.of(2026, 1, 1);
    static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 1, 9, 0);

    static CollectionPoint point(Set<WasteCategory> accepts) {
        return new CollectionPoint("JJ-P1", "东门投放点", PointKind.SORTING_POINT, "510104",
                new Location(new BigDecimal("30.65"), new BigDecimal("104.08")), accepts, Set.of("JJ-C1"), OPENED, NOW, "admin");
    }

    @Test
    void aPointHasNoStatusBeforeItCameIntoServiceAndIsActiveFromThatDay() {
        CollectionPoint p = point(EnumSet.allOf(WasteCategory.class));
        assertNull(p.statusOn(OPENED.minusDays(1)));
        assertEquals(PointStatus.ACTIVE, p.statusOn(OPENED));
    }

    @Test
    void theStatusOnAnyPastDateStaysAnswerableAfterLaterChanges() {
        CollectionPoint p = point(EnumSet.allOf(WasteCategory.class));
        p.changeStatus(PointStatus.SUSPENDED, LocalDate.of(2026, 2, 10), "repair", NOW, "admin");
        p.changeStatus(PointStatus.ACTIVE, LocalDate.of(2026, 2, 20), "repaired", NOW.plusHours(1), "admin");
        p.changeStatus(PointStatus.CLOSED, LocalDate.of(2026, 6, 1), "community demolished", NOW.plusHours(2), "admin");
        assertEquals(PointStatus.ACTIVE, p.statusOn(LocalDate.of(2026, 2, 9)));
        assertEquals(PointStatus.SUSPENDED, p.statusOn(LocalDate.of(2026, 2, 10)));
        assertEquals(PointStatus.SUSPENDED, p.statusOn(LocalDate.of(2026, 2, 19)));
        assertEquals(PointStatus.ACTIVE, p.statusOn(LocalDate.of(2026, 2, 20)));
        assertEquals(PointStatus.CLOSED, p.statusOn(LocalDate.of(2026, 7, 1)));
        assertEquals(4, p.statusHistory().size());
    }

    @Test
    void ofTwoChangesEffectiveTheSameDayTheOneRecordedLastHolds() {
        CollectionPoint p = point(EnumSet.allOf(WasteCategory.class));
        p.changeStatus(PointStatus.SUSPENDED, LocalDate.of(2026, 2, 10), "mistake", NOW, "admin");
        p.changeStatus(PointStatus.ACTIVE, LocalDate.of(2026, 2, 10), "undo the mistake", NOW.plusMinutes(5), "admin");
        assertTrue(p.isActiveOn(LocalDate.of(2026, 2, 10)));
    }

    @Test
    void aPointSuspendedForAWholePeriodWasNotActiveDuringItButOneActiveDayIsEnough() {
        CollectionPoint p = point(EnumSet.allOf(WasteCategory.class));
        p.changeStatus(PointStatus.SUSPENDED, LocalDate.of(2026, 2, 1), "repair", NOW, "admin");
        p.changeStatus(PointStatus.ACTIVE, LocalDate.of(2026, 3, 1), "repaired", NOW.plusHours(1), "admin");
        assertFalse(p.wasActiveDuring(new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28))));
        assertTrue(p.wasActiveDuring(new DateRange(LocalDate.of(2026, 2, 20), LocalDate.of(2026, 3, 1))));
        assertFalse(p.wasActiveDuring(new DateRange(OPENED.minusDays(10), OPENED.minusDays(1))), "before it existed");
    }

    @Test
    void aStatusChangeCannotTakeEffectBeforeThePointExisted() {
        CollectionPoint p = point(EnumSet.allOf(WasteCategory.class));
        var e = assertThrows(InvalidInputException.class,
                () -> p.changeStatus(PointStatus.CLOSED, OPENED.minusDays(1), "x", NOW, "admin"));
        assertEquals("effectiveFrom", e.errors().get(0).field());
    }

    @Test
    void receivingChecksServiceDateStatusAndCategoryAllAtOnce() {
        CollectionPoint p = point(EnumSet.of(WasteCategory.RESIDUAL));
        Problems problems = new Problems();
        p.checkCanReceive(WasteCategory.KITCHEN, OPENED.minusDays(3), "weighedAt", "category", problems);
        assertEquals(2, problems.errors().size());
        assertTrue(problems.has("weighedAt"));
        assertTrue(problems.has("category"));

        p.changeStatus(PointStatus.SUSPENDED, LocalDate.of(2026, 2, 10), "repair", NOW, "admin");
        Problems suspended = new Problems();
        p.checkCanReceive(WasteCategory.RESIDUAL, LocalDate.of(2026, 2, 11), "weighedAt", "category", suspended);
        assertEquals("point JJ-P1 was SUSPENDED on 2026-02-11, not ACTIVE", suspended.errors().get(0).message().en());
        assertFalse(p.accepts(WasteCategory.KITCHEN));
    }
}
