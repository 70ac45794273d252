package net.wastenet.quality.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.wastenet.shared.recording.Stamp;
import org.junit.jupiter.api.Test;

class StandardRuleTest {
    static StandardRule.Seen seen(long id, String at, int score, boolean passed, boolean vetoed) {
        return new StandardRule.Seen(id, LocalDateTime.parse(at), BigDecimal.valueOf(score), passed, vetoed);
    }

    @Test
    void theLatestInspectionOfThePeriodDecides() {
        var failedThenPassed = StandardRule.judge(List.of(seen(1, "2026-11-03T09:00", 70, false, false),
                seen(2, "2026-11-20T09:00", 88, true, false)), false);
        assertEquals(Boolean.TRUE, failedThenPassed.standard());
        assertEquals(2, failedThenPassed.inspections());
        assertEquals(BigDecimal.valueOf(88), failedThenPassed.lastScore());
        var passedThenVetoed = StandardRule.judge(List.of(seen(2, "2026-11-20T09:00", 95, false, true),
                seen(1, "2026-11-03T09:00", 88, true, false)), false);
        assertEquals(Boolean.FALSE, passedThenVetoed.standard());
        assertEquals(StandardRule.Reason.VETO, passedThenVetoed.reason(), "a veto fails it whatever its score (95)");
        assertEquals(StandardRule.Reason.BELOW_PASS_SCORE,
                StandardRule.judge(List.of(seen(1, "2026-11-03T09:00", 70, false, false)), false).reason());
    }

    @Test
    void notInspectedIsUnknownNotNotStandard() {
        var v = StandardRule.judge(List.of(), false);
        assertNull(v.standard());
        assertEquals(StandardRule.Reason.NOT_INSPECTED, v.reason());
        assertEquals(0, v.inspections());
    }

    @Test
    void anOverdueRectificationAtTheEndOfThePeriodRemovesTheStandardInspectedOrNot() {
        assertEquals(StandardRule.Reason.OVERDUE_RECTIFICATION, StandardRule.judge(List.of(), true).reason());
        assertFalse(StandardRule.judge(List.of(), true).standard());
        var passedButOverdue = StandardRule.judge(List.of(seen(1, "2026-11-03T09:00", 90, true, false)), true);
        assertFalse(passedButOverdue.standard());
    }

    static Rubric rubric() {
        return RubricTest.chengdu("CD-2026", "2026-01-01", 80);
    }

    static Inspection inspection(long id, String at, boolean pass) throws Exception {
        var scores = pass ? RubricTest.scores(18, 27, 16, 13, 15) : RubricTest.scores(14, 22, 12, 10, 15);
        Inspection i = Inspection.record(new Inspection.Community("JJ-C003", "510104"), LocalDateTime.parse(at), rubric(), scores,
                List.of(), null, List.of(), null, null, null, new Stamp("inspector-jj", LocalDateTime.parse(at), null, "f"));
        var field = Inspection.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(i, id);
        return i;
    }

    @Test
    void aRectificationIsOverdueAfterItsDueDateUntilAPassingReinspectionClosesIt() throws Exception {
        Inspection failed = inspection(1, "2026-11-03T09:00", false);
        Rectification r = Rectification.open(failed, 7);
        assertEquals(LocalDate.of(2026, 11, 10), r.dueDate());
        assertFalse(r.isOverdueOn(LocalDate.of(2026, 11, 10)), "not on its due date");
        assertTrue(r.isOverdueOn(LocalDate.of(2026, 11, 11)));
        Inspection earlier = inspection(2, "2026-11-02T09:00", true);
        assertFalse(r.isClosedBy(earlier), "a passing inspection before the failure closes nothing");
        Inspection again = inspection(3, "2026-11-20T09:00", true);
        assertTrue(r.isClosedBy(again));
        r.close(again);
        assertTrue(r.isOverdueOn(LocalDate.of(2026, 11, 19)), "still overdue the day before the re-inspection");
        assertFalse(r.isOverdueOn(LocalDate.of(2026, 11, 30)), "closed by the re-inspection");
    }

    @Test
    void aRectificationCompletedByItsDueDateIsNotOverdueACompletionAfterItIs() throws Exception {
        Rectification inTime = Rectification.open(inspection(1, "2026-11-03T09:00", false), 7);
        inTime.complete("done", List.of(), LocalDateTime.parse("2026-11-09T16:00"), "officer-jj");
        assertFalse(inTime.isOverdueOn(LocalDate.of(2026, 11, 30)));
        Rectification late = Rectification.open(inspection(2, "2026-11-03T09:00", false), 7);
        late.complete("done", List.of(), LocalDateTime.parse("2026-11-15T16:00"), "officer-jj");
        assertTrue(late.isOverdueOn(LocalDate.of(2026, 11, 30)), "completed late: overdue until re-inspected");
    }
}
