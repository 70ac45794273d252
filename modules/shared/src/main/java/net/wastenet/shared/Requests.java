package net.wastenet.shared;

import java.time.LocalDate;

/**
 * Reads what every endpoint reads the same way: list parameters given as text (so a malformed one
 * answers a problem naming it, not a bare 404), a required body, a record number in a path.
 */
public final class Requests {
    private Requests() {
    }

    /** A list's filters and page, checked. */
    public record Listing(String districtCode, LocalDate from, LocalDate to, PageRequest page) {
        /**
         * The period, with defaults for an open end; refused (400 naming {@code from}) when a given start
         * falls after the default end ({@code from} in the future with {@code to} defaulting to today).
         */
        public DateRange range(LocalDate defaultFrom, LocalDate defaultTo) {
            LocalDate f = from == null ? defaultFrom : from;
            LocalDate t = to == null ? defaultTo : to;
            if (t.isBefore(f)) {
                String field = from != null ? "from" : "to";
                LocalDate other = from != null ? t : f;
                throw new InvalidInputException(field, from != null
                        ? Text.of("must not be after the period's end " + other, "不得晚于时间段的结束日期 " + other)
                        : Text.of("must not be before the period's start " + other, "不得早于时间段的开始日期 " + other));
            }
            return new DateRange(f, t);
        }
    }

    public static Listing listing(String districtCode, String from, String to, String page, String size) {
        Problems p = new Problems();
        if (districtCode != null) {
            Codes.checkDistrict(districtCode, "districtCode", p);
        }
        LocalDate f = Parse.date(from, "from", false, p);
        LocalDate t = Parse.date(to, "to", false, p);
        if (f != null && t != null) {
            p.require(!t.isBefore(f), "to", "must not be before from", "不得早于开始日期");
        }
        PageRequest pr = PageRequest.check(Parse.integer(page, "page", p), Parse.integer(size, "size", p), p);
        p.throwIfAny();
        return new Listing(districtCode, f, t, pr);
    }

    /** A period given by required {@code from} and {@code to}. */
    public static DateRange period(String from, String to) {
        Problems p = new Problems();
        LocalDate f = Parse.date(from, "from", true, p);
        LocalDate t = Parse.date(to, "to", true, p);
        if (f != null && t != null) {
            p.require(!t.isBefore(f), "to", "must not be before from", "不得早于开始日期");
            p.require(!t.isAfter(f.plusYears(5)), "to", "a period spans at most five years", "时间段最长五年");
        }
        p.throwIfAny();
        return new DateRange(f, t);
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw new InvalidInputException("body", Text.of("is required: send a JSON object", "为必填项：请发送 JSON 对象"));
        }
        return body;
    }

    /** A record number from a path. */
    public static long id(String id, String field) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, Text.of("must be a record number", "必须是记录编号"));
        }
    }
}
