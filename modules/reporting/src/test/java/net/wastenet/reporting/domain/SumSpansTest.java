package net.wastenet.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SumSpansTest {
    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void aYearReadsTwelveMonthsAndNoDays() {
        var s = SumSpans.of(d("2026-01-01"), d("2026-12-31"));
        assertEquals(new SumSpans.Span(d("2026-01-01"), d("2026-12-01")), s.months());
        assertTrue(s.headDays().isEmpty());
        assertTrue(s.tailDays().isEmpty());
    }

    @Test
    void aPeriodFromMidMonthToMidMonthReadsItsWholeMonthsBetweenAndItsDaysAtBothEnds() {
        var s = SumSpans.of(d("2026-01-15"), d("2026-04-10"));
        assertEquals(new SumSpans.Span(d("2026-02-01"), d("2026-03-01")), s.months());
        assertEquals(new SumSpans.Span(d("2026-01-15"), d("2026-01-31")), s.headDays());
        assertEquals(new SumSpans.Span(d("2026-04-01"), d("2026-04-10")), s.tailDays());
    }

    @Test
    void aPeriodInsideOneMonthReadsDaysOnly() {
        var s = SumSpans.of(d("2026-02-03"), d("2026-02-28"));
        assertTrue(s.months().isEmpty());
        assertEquals(new SumSpans.Span(d("2026-02-03"), d("2026-02-28")), s.headDays());
        assertTrue(s.tailDays().isEmpty());
    }

    @Test
    void aMonthEndingOnItsLastDayIsWholeEvenInALeapFebruary() {
        var s = SumSpans.of(d("2028-01-20"), d("2028-02-29"));
        assertEquals(new SumSpans.Span(d("2028-02-01"), d("2028-02-01")), s.months());
        assertEquals(new SumSpans.Span(d("2028-01-20"), d("2028-01-31")), s.headDays());
        assertTrue(s.tailDays().isEmpty());
    }

    @Test
    void oneDayIsADayAndABackwardPeriodIsRefused() {
        var s = SumSpans.of(d("2026-03-01"), d("2026-03-01"));
        assertTrue(s.months().isEmpty());
        assertEquals(new SumSpans.Span(d("2026-03-01"), d("2026-03-01")), s.headDays());
        assertThrows(IllegalArgumentException.class, () -> SumSpans.of(d("2026-03-02"), d("2026-03-01")));
    }

    @Test
    void everyDayOfAPeriodIsReadExactlyOnce() {
        LocalDate start = d("2025-11-01");
        for (int a = 0; a < 120; a += 7) {
            for (int b = a; b < 200; b += 11) {
                LocalDate from = start.plusDays(a);
                LocalDate to = start.plusDays(b);
                var s = SumSpans.of(from, to);
                for (LocalDate day = start.minusDays(3); day.isBefore(start.plusDays(210)); day = day.plusDays(1)) {
                    int times = (in(s.headDays(), day) ? 1 : 0) + (in(s.tailDays(), day) ? 1 : 0)
                            + (!s.months().isEmpty() && !day.withDayOfMonth(1).isBefore(s.months().first())
                            && !day.withDayOfMonth(1).isAfter(s.months().last()) ? 1 : 0);
                    assertEquals(day.isBefore(from) || day.isAfter(to) ? 0 : 1, times, from + ".." + to + " on " + day);
                }
            }
        }
    }

    private static boolean in(SumSpans.Span span, LocalDate day) {
        return !day.isBefore(span.first()) && !day.isAfter(span.last());
    }
}
