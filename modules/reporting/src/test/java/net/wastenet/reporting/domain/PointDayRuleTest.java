package net.wastenet.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A point's day more than three times its trailing four-week average, once two weeks of history exist. */
class PointDayRuleTest {
    static final LocalDate DAY = LocalDate.of(2026, 9, 30);

    static Map<LocalDate, BigDecimal> history(int daysBack, int kgPerDay) {
        Map<LocalDate, BigDecimal> m = new TreeMap<>();
        for (int i = 1; i <= daysBack; i++) {
            m.put(DAY.minusDays(i), BigDecimal.valueOf(kgPerDay));
        }
        return m;
    }

    @Test
    void moreThanThreeTimesTheAverageFires() {
        var h = history(28, 100);
        h.put(DAY, BigDecimal.valueOf(301));
        assertEquals(0, BigDecimal.valueOf(100).compareTo(PointDayRule.unusual(DAY, h).orElseThrow()));
    }

    @Test
    void exactlyThreeTimesDoesNot() {
        var h = history(28, 100);
        h.put(DAY, BigDecimal.valueOf(300));
        assertTrue(PointDayRule.unusual(DAY, h).isEmpty());
    }

    @Test
    void lessThanTwoWeeksOfHistoryNeverFires() {
        var h = history(13, 100);
        h.put(DAY, BigDecimal.valueOf(10_000));
        assertTrue(PointDayRule.unusual(DAY, h).isEmpty());
        h.put(DAY.minusDays(14), BigDecimal.valueOf(100));
        assertTrue(PointDayRule.unusual(DAY, h).isPresent());
    }

    @Test
    void daysWithoutEntriesAreNotAveragedInAndOlderDaysAreOutsideTheWindow() {
        Map<LocalDate, BigDecimal> h = new TreeMap<>();
        for (int i = 1; i <= 28; i += 7) {
            h.put(DAY.minusDays(i), BigDecimal.valueOf(200));
        }
        h.put(DAY.minusDays(29), BigDecimal.valueOf(100_000));
        h.put(DAY, BigDecimal.valueOf(601));
        assertEquals(0, BigDecimal.valueOf(200).compareTo(PointDayRule.unusual(DAY, h).orElseThrow()));
        h.put(DAY, BigDecimal.valueOf(599));
        assertTrue(PointDayRule.unusual(DAY, h).isEmpty());
    }

    @Test
    void laterDaysDoNotCountAsHistory() {
        var h = history(20, 100);
        h.put(DAY.plusDays(1), BigDecimal.valueOf(100_000));
        h.put(DAY, BigDecimal.valueOf(400));
        assertEquals(0, BigDecimal.valueOf(100).compareTo(PointDayRule.unusual(DAY, h).orElseThrow()));
    }
}
