package net.wastenet.points.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.wastenet.shared.DateRange;
import org.junit.jupiter.api.Test;

class StatusHistoryTest {
    static final LocalDate D = LocalDate.of(2026, 3, 1);

    static StatusHistory.Entry change(PointStatus s, int day, int minute) {
        return new StatusHistory.Entry(s, D.plusDays(day), D.atStartOfDay().plusDays(day).plusMinutes(minute));
    }

    @Test
    void aPointSuspendedBeforeThePeriodAndReopenedInItWasActiveDuringIt() {
        var h = List.of(change(PointStatus.ACTIVE, 0, 0), change(PointStatus.SUSPENDED, 5, 0), change(PointStatus.ACTIVE, 20, 0));
        assertFalse(StatusHistory.activeDuring(h, new DateRange(D.plusDays(6), D.plusDays(19))));
        assertTrue(StatusHistory.activeDuring(h, new DateRange(D.plusDays(6), D.plusDays(20))));
        assertFalse(StatusHistory.activeDuring(h, new DateRange(D.minusDays(9), D.minusDays(1))), "not yet in service");
    }

    @Test
    void twoChangesOnOneDayCountTheOneRecordedLast() {
        var h = List.of(change(PointStatus.ACTIVE, 0, 0), change(PointStatus.CLOSED, 3, 10), change(PointStatus.ACTIVE, 3, 5));
        assertEquals(PointStatus.CLOSED, StatusHistory.on(h, D.plusDays(3)));
        assertFalse(StatusHistory.activeDuring(h, new DateRange(D.plusDays(3), D.plusDays(30))));
    }

    @Test
    void theActiveDaysOfAPeriodLeaveOutTheDaysBeforeServiceAndWhileSuspended() {
        var h = List.of(change(PointStatus.ACTIVE, 2, 0), change(PointStatus.SUSPENDED, 5, 0), change(PointStatus.ACTIVE, 7, 0));
        assertEquals(List.of(D.plusDays(2), D.plusDays(3), D.plusDays(4), D.plusDays(7), D.plusDays(8)),
                StatusHistory.activeDays(h, new DateRange(D, D.plusDays(8))));
        assertEquals(List.of(), StatusHistory.activeDays(h, new DateRange(D.plusDays(5), D.plusDays(6))));
    }

    /** Looking only at the first day and the change days gives what looking at every day gives. */
    @Test
    void activeDuringAgreesWithADayByDayLookForRandomHistories() {
        Random random = new Random(42);
        PointStatus[] statuses = PointStatus.values();
        for (int n = 0; n < 2_000; n++) {
            List<StatusHistory.Entry> h = new ArrayList<>();
            int changes = random.nextInt(5);
            for (int i = 0; i < changes; i++) {
                h.add(change(statuses[random.nextInt(statuses.length)], random.nextInt(40), random.nextInt(100)));
            }
            LocalDate from = D.plusDays(random.nextInt(40) - 5);
            DateRange period = new DateRange(from, from.plusDays(random.nextInt(20)));
            boolean dayByDay = false;
            for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
                dayByDay |= StatusHistory.on(h, d) == PointStatus.ACTIVE;
            }
            assertEquals(dayByDay, StatusHistory.activeDuring(h, period), h + " " + period);
        }
    }
}
