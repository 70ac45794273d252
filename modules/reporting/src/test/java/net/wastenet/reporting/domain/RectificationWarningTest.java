package net.wastenet.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import net.wastenet.shared.Text;
import org.junit.jupiter.api.Test;

/** The warning of an overdue rectification: what it says, when it is dated, and how a re-inspection closes it. */
class RectificationWarningTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 20, 10, 0);

    static Warning overdue() {
        return Warning.rectificationOverdue(6, "JJ-C004", "510104", 5, LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 12), NOW);
    }

    @Test
    void itIsDatedOnTheFirstOverdueDayAndReferToTheRectificationInItsDistrict() {
        Warning w = overdue();
        assertEquals(WarningKind.RECTIFICATION_OVERDUE, w.kind());
        assertEquals(LocalDate.of(2026, 11, 13), w.day(), "the day after the due date");
        assertEquals("rectification 6", w.recordRef());
        assertEquals("510104", w.districtCode());
        assertTrue(w.message().en().contains("JJ-C004") && w.message().en().contains("2026-11-12"), w.message().en());
        assertTrue(w.message().zh().contains("JJ-C004") && w.message().zh().contains("逾期"), w.message().zh());
        assertFalse(w.isConfirmed());
    }

    @Test
    void theClosingReinspectionConfirmsItInTheInspectorsName() {
        Warning w = overdue();
        assertTrue(w.closeByReinspection(41, LocalDate.of(2026, 11, 19), "inspector-jj", NOW.plusDays(1)));
        assertTrue(w.isConfirmed());
        assertEquals("inspector-jj", w.confirmedBy());
        assertTrue(w.comment().contains("41") && w.comment().contains("2026-11-19"), w.comment());
    }

    @Test
    void anOfficersEarlierConfirmationIsKeptWhenTheRectificationCloses() {
        Warning w = overdue();
        w.confirm("整改中，已通知物业", NOW, "officer-jj");
        assertFalse(w.closeByReinspection(41, LocalDate.of(2026, 11, 19), "inspector-jj", NOW.plusDays(1)));
        assertEquals("officer-jj", w.confirmedBy());
        assertEquals("整改中，已通知物业", w.comment());
    }

    @Test
    void onlyARectificationsWarningIsClosedByAReinspection() {
        Warning other = new Warning(WarningKind.POINT_DAY_UNUSUAL, "510104", LocalDate.of(2026, 11, 2), "point JJ-P001 2026-11-02",
                Text.of("a", "甲"), NOW);
        assertThrows(IllegalStateException.class, () -> other.closeByReinspection(1, LocalDate.of(2026, 11, 3), "inspector-jj", NOW));
        assertFalse(other.isConfirmed());
    }
}
