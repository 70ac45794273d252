package net.wastenet.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads the text forms of the API (enum names, ISO-8601 dates and times) into values, recording a
 * precise reason under the client's field name when a value is missing or not of its form.
 */
public final class Parse {
    private Parse() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, boolean required,
                                                  Problems problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.missing(field);
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            problems.add(field, "must be one of " + allowed, "必须是以下之一：" + allowed);
            return null;
        }
    }

    /** A time with its offset, such as {@code 2026-03-05T08:30:00+08:00}. */
    public static OffsetDateTime dateTime(String value, String field, boolean required, Problems problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.missing(field);
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(field, "must be an ISO-8601 time with offset, such as 2026-03-05T08:30:00+08:00",
                    "必须是带时区偏移的 ISO-8601 时间，例如 2026-03-05T08:30:00+08:00");
            return null;
        }
    }

    /** A date such as {@code 2026-03-05}. */
    public static LocalDate date(String value, String field, boolean required, Problems problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.missing(field);
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(field, "must be an ISO-8601 date, such as 2026-03-05", "必须是 ISO-8601 日期，例如 2026-03-05");
            return null;
        }
    }

    /** A whole number given as text (a query parameter), or null when absent. */
    public static Integer integer(String value, String field, Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(field, "must be a whole number", "必须是整数");
            return null;
        }
    }

    /** {@code true} or {@code false} given as text (a query parameter), or null when absent. */
    public static Boolean bool(String value, String field, Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                problems.add(field, "must be true or false", "必须是 true 或 false");
                yield null;
            }
        };
    }

    /** A time with offset that is not in the future (allowing the clock skew), as a city time; null when missing or invalid. */
    public static LocalDateTime pastTime(String value, String field, CityClock clock, Problems problems) {
        OffsetDateTime t = dateTime(value, field, true, problems);
        if (t == null) {
            return null;
        }
        LocalDateTime local = CityClock.toCity(t);
        problems.require(!local.isAfter(clock.latestAcceptable()), field, "is in the future", "晚于当前时间");
        return local;
    }

    /** A date that is not after today (the city's); null when missing or invalid. */
    public static LocalDate pastDate(String value, String field, CityClock clock, Problems problems) {
        LocalDate d = date(value, field, true, problems);
        if (d != null) {
            problems.require(!d.isAfter(clock.today()), field, "is in the future", "晚于今天");
        }
        return d;
    }
}
