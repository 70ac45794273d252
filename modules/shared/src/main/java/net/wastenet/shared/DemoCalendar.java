package net.wastenet.shared;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * When the demo city's history begins: three whole months before the current one, so that a newcomer
 * sees closed months with returns and the month in progress. Every module's demo loads from this day,
 * and the OpenAPI document names the demo's dated records (a manifest's number, a period) from it.
 */
public final class DemoCalendar {
    /** Whole months of history before the current month. */
    public static final int MONTHS_BACK = 3;

    private DemoCalendar() {
    }

    /** The demo's first day: the first of the month {@value #MONTHS_BACK} months before today's. */
    public static LocalDate firstDay(LocalDate today) {
        return today.withDayOfMonth(1).minusMonths(MONTHS_BACK);
    }

    /** The demo's first month. */
    public static YearMonth firstMonth(LocalDate today) {
        return YearMonth.from(firstDay(today));
    }
}
