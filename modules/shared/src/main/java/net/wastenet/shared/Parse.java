package net.wastenet.shared;

import java.math.BigDecimal;
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
    /**
     * The longest number, in characters, that any field takes: a weight to the gram is at most 10
     * ({@code 100000.000}), a coordinate or coefficient a few more. Longer text is refused before it is
     * read as a number, because reading a number costs time that grows with the square of its digits.
     */
    public static final int MAX_NUMBER_LENGTH = 32;
    /** The largest power of ten a number may carry in exponent form ({@code 1.5E+2}); beyond, no field has a use for it. */
    public static final int MAX_EXPONENT = 32;
    /** The first and last years a date or time may name: beyond them no record, period or report exists. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2999;

    private Parse() {
    }

    /** Why a number's text is not one the API reads, or {@code null} when it is (length and exponent, checked before reading). */
    public static Text numberProblem(String text) {
        if (text.length() > MAX_NUMBER_LENGTH) {
            return Text.of("must be a number of at most " + MAX_NUMBER_LENGTH + " characters",
                    "必须是不超过 " + MAX_NUMBER_LENGTH + " 个字符的数字");
        }
        return null;
    }

    /**
     * A decimal number given as text (a CSV field), bounded in length and exponent before and after it is
     * read; null (and the reason recorded) when it is not one, or when it is absent.
     */
    public static BigDecimal decimal(String value, String field, Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        Text problem = numberProblem(text);
        if (problem != null) {
            problems.add(field, problem);
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(field, "is not a number", "不是数字");
            return null;
        }
        problem = magnitudeProblem(number);
        if (problem != null) {
            problems.add(field, problem);
            return null;
        }
        return number;
    }

    /** Why a number read is beyond any field's use ({@code 1E+999999999}), or {@code null}. */
    public static Text magnitudeProblem(BigDecimal number) {
        if (number.scale() > MAX_EXPONENT || number.scale() < -MAX_EXPONENT) {
            return Text.of("must be a plain number such as 152.5 (an exponent beyond " + MAX_EXPONENT + " is not accepted)",
                    "必须是普通数字，例如 152.5（不接受超过 " + MAX_EXPONENT + " 的指数）");
        }
        return null;
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
            OffsetDateTime t = OffsetDateTime.parse(value);
            return yearInRange(t.getYear(), field, problems) ? t : null;
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
            LocalDate d = LocalDate.parse(value);
            return yearInRange(d.getYear(), field, problems) ? d : null;
        } catch (DateTimeParseException e) {
            problems.add(field, "must be an ISO-8601 date, such as 2026-03-05", "必须是 ISO-8601 日期，例如 2026-03-05");
            return null;
        }
    }

    private static boolean yearInRange(int year, String field, Problems problems) {
        return problems.require(year >= FIRST_YEAR && year <= LAST_YEAR, field,
                "must be in the years " + FIRST_YEAR + " to " + LAST_YEAR, "年份必须在 " + FIRST_YEAR + " 到 " + LAST_YEAR + " 之间");
    }

    /** A whole number given as text (a query parameter), or null when absent. */
    public static Integer integer(String value, String field, Problems problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_NUMBER_LENGTH) {
            problems.add(field, numberProblem(value.strip()));
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(field, "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE,
                    "必须是 " + Integer.MIN_VALUE + " 到 " + Integer.MAX_VALUE + " 之间的整数");
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
