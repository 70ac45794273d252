package net.wastenet.shared;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** An inclusive range of city dates, as the API's {@code from}/{@code to} give it. */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
    }

    /** Checks optional query dates; a missing end is open. Returns null (and records why) when invalid. */
    public static DateRange check(LocalDate from, LocalDate to, LocalDate defaultFrom, LocalDate defaultTo, Problems problems) {
        LocalDate f = from == null ? defaultFrom : from;
        LocalDate t = to == null ? defaultTo : to;
        if (t.isBefore(f)) {
            problems.add("to", "must not be before from (" + f + ")", "不得早于开始日期（" + f + "）");
            return null;
        }
        return new DateRange(f, t);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
