package net.wastenet.reporting.domain;

import java.time.LocalDate;

/**
 * How a period is read from the sums: its whole calendar months from the month rows, the days before
 * the first whole month and after the last from the day rows. A span that is empty has its first day
 * after its last, so that {@code between} finds nothing and one statement serves every period.
 */
public record SumSpans(Span months, Span headDays, Span tailDays) {
    /** Days (or, for {@link #months}, the first days of months) from {@code first} to {@code last}, both included. */
    public record Span(LocalDate first, LocalDate last) {
        static final Span EMPTY = new Span(LocalDate.of(2000, 1, 2), LocalDate.of(2000, 1, 1));

        public boolean isEmpty() {
            return first.isAfter(last);
        }
    }

    public static SumSpans of(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("a period ends on or after its first day: " + from + " to " + to);
        }
        LocalDate firstWholeMonth = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate dayAfter = to.plusDays(1);
        LocalDate afterLastWholeMonth = dayAfter.getDayOfMonth() == 1 ? dayAfter : to.withDayOfMonth(1);
        if (!firstWholeMonth.isBefore(afterLastWholeMonth)) {
            return new SumSpans(Span.EMPTY, new Span(from, to), Span.EMPTY);
        }
        return new SumSpans(new Span(firstWholeMonth, afterLastWholeMonth.minusMonths(1)),
                from.equals(firstWholeMonth) ? Span.EMPTY : new Span(from, firstWholeMonth.minusDays(1)),
                afterLastWholeMonth.isAfter(to) ? Span.EMPTY : new Span(afterLastWholeMonth, to));
    }
}
