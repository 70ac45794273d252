package net.wastenet.shared;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The first day the indicators are defined for: the day the earliest definition set takes effect. Nothing is reported
 * before it, so no record may be dated before it (it would count in no period) and no period may start before it.
 * The one rule for both (the recording pipeline asks it of every record, the indicators of every period asked for).
 */
public record FirstReportedDay(LocalDate day) {
    public FirstReportedDay {
        Objects.requireNonNull(day);
    }

    /** Refuses (400 naming {@code field}) a day before the first reported day. */
    public void require(LocalDate date, String field) {
        if (date.isBefore(day)) {
            throw refusal(day.toString(), field);
        }
    }

    /** Refuses (400 naming {@code field}) any day when no definition set exists yet: nothing is reported at all. */
    public static InvalidInputException noneYet(String field) {
        return refusal("(none yet)", field);
    }

    private static InvalidInputException refusal(String first, String field) {
        return new InvalidInputException(field, Text.of(
                "must not be before " + first + ", when the earliest definition set of the indicators takes effect",
                "不得早于 " + first + "（最早的指标口径生效日）"));
    }
}
