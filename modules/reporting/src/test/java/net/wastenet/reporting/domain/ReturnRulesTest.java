package net.wastenet.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The return periods, their deadlines and the life cycle draft → submitted → approved → locked, reopened with a reason. */
class ReturnRulesTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 10, 3, 9, 0);

    @Test
    void aMonthIsDueOnTheFifthOfTheNextMonthAndAQuarterOnTheTenth() {
        ReturnPeriod sep = ReturnPeriod.parse("2026-09", "period");
        assertEquals(LocalDate.of(2026, 9, 1), sep.from());
        assertEquals(LocalDate.of(2026, 9, 30), sep.to());
        assertEquals(LocalDate.of(2026, 10, 5), sep.dueDate());
        ReturnPeriod q4 = ReturnPeriod.parse("2026-Q4", "period");
        assertEquals(LocalDate.of(2026, 10, 1), q4.from());
        assertEquals(LocalDate.of(2026, 12, 31), q4.to());
        assertEquals(LocalDate.of(2027, 1, 10), q4.dueDate());
        assertTrue(q4.isQuarter());
        assertEquals(LocalDate.of(2024, 2, 29), ReturnPeriod.parse("2024-02", "period").to());
    }

    @Test
    void lateMeansSubmittedAfterTheDueDateOrStillOpenAfterIt() {
        ReturnPeriod sep = ReturnPeriod.parse("2026-09", "period");
        assertFalse(sep.isLate(LocalDate.of(2026, 10, 5), LocalDate.of(2026, 11, 1)));
        assertTrue(sep.isLate(LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 6)));
        assertFalse(sep.isLate(null, LocalDate.of(2026, 10, 5)));
        assertTrue(sep.isLate(null, LocalDate.of(2026, 10, 6)));
    }

    @Test
    void malformedPeriodsAreRefusedNamingTheField() {
        for (String bad : new String[] {"2026-13", "2026-Q5", "2026-9", "Sep 2026", ""}) {
            var e = assertThrows(InvalidInputException.class, () -> ReturnPeriod.parse(bad, "period"), bad);
            assertEquals("period", e.errors().get(0).field());
        }
    }

    @Test
    void aReturnGoesThroughItsStepsAndKeepsEach() {
        DistrictReturn r = new DistrictReturn("510104", ReturnPeriod.parse("2026-09", "period"));
        assertEquals(ReturnStatus.DRAFT, r.status());
        var submit = r.apply(ReturnAction.SUBMIT, null, NOW, "officer-jj");
        assertEquals(ReturnStatus.DRAFT, submit.fromStatus());
        assertEquals(ReturnStatus.SUBMITTED, submit.toStatus());
        assertEquals("officer-jj", submit.actedBy());
        assertEquals(NOW, r.submittedAt());
        r.apply(ReturnAction.APPROVE, null, NOW.plusDays(1), "bureau");
        var lock = r.apply(ReturnAction.LOCK, null, NOW.plusDays(2), "bureau");
        assertEquals(ReturnStatus.LOCKED, lock.toStatus());
        assertEquals(1, r.lockCount());
        assertNull(lock.reason());
    }

    @Test
    void aStepNotAllowedFromTheStatusIsAConflictAndChangesNothing() {
        DistrictReturn r = new DistrictReturn("510104", ReturnPeriod.parse("2026-09", "period"));
        assertThrows(ConflictException.class, () -> r.apply(ReturnAction.LOCK, null, NOW, "bureau"));
        assertThrows(ConflictException.class, () -> r.apply(ReturnAction.APPROVE, null, NOW, "bureau"));
        assertThrows(ConflictException.class, () -> r.apply(ReturnAction.REOPEN, "why", NOW, "bureau"));
        assertEquals(ReturnStatus.DRAFT, r.status());
        r.apply(ReturnAction.SUBMIT, null, NOW, "officer-jj");
        assertThrows(ConflictException.class, () -> r.apply(ReturnAction.SUBMIT, null, NOW, "officer-jj"));
        assertEquals(ReturnStatus.SUBMITTED, r.status());
    }

    @Test
    void reopeningNeedsAReasonThenARelockCountsASecondVersionAndTheFirstSubmissionStaysTheOneForLateness() {
        DistrictReturn r = new DistrictReturn("510104", ReturnPeriod.parse("2026-09", "period"));
        r.apply(ReturnAction.SUBMIT, null, NOW, "officer-jj");
        r.apply(ReturnAction.APPROVE, null, NOW, "bureau");
        r.apply(ReturnAction.LOCK, null, NOW, "bureau");
        var noReason = assertThrows(InvalidInputException.class, () -> r.apply(ReturnAction.REOPEN, "  ", NOW, "bureau"));
        assertEquals("reason", noReason.errors().get(0).field());
        assertEquals(ReturnStatus.LOCKED, r.status());
        var reopen = r.apply(ReturnAction.REOPEN, " late entries ", NOW.plusDays(10), "bureau");
        assertEquals("late entries", reopen.reason());
        assertEquals(ReturnStatus.DRAFT, r.status());
        r.apply(ReturnAction.SUBMIT, null, NOW.plusDays(11), "officer-jj");
        assertEquals(NOW, r.submittedAt());
        r.apply(ReturnAction.APPROVE, null, NOW.plusDays(11), "bureau");
        r.apply(ReturnAction.LOCK, null, NOW.plusDays(12), "bureau");
        assertEquals(2, r.lockCount());
    }
}
