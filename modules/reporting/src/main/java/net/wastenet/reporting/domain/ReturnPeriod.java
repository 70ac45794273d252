package net.wastenet.reporting.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.Text;

/**
 * The period of a district return: a month ({@code 2026-09}, due by the 5th of the next month) or a
 * quarter ({@code 2026-Q3}, due by the 10th of the month after it).
 */
public record ReturnPeriod(String label, LocalDate from, LocalDate to, LocalDate dueDate) {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    public static final int MONTHLY_DUE_DAY = 5;
    public static final int QUARTERLY_DUE_DAY = 10;

    public static ReturnPeriod parse(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, Text.of("is required: a month like 2026-09 or a quarter like 2026-Q3",
                    "必填：月份如 2026-09，或季度如 2026-Q3"));
        }
        Matcher m = MONTH.matcher(value);
        if (m.matches()) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new ReturnPeriod(value, month.atDay(1), month.atEndOfMonth(), month.plusMonths(1).atDay(MONTHLY_DUE_DAY));
        }
        Matcher q = QUARTER.matcher(value);
        if (q.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(q.group(1)), (Integer.parseInt(q.group(2)) - 1) * 3 + 1);
            YearMonth last = first.plusMonths(2);
            return new ReturnPeriod(value, first.atDay(1), last.atEndOfMonth(), last.plusMonths(1).atDay(QUARTERLY_DUE_DAY));
        }
        throw new InvalidInputException(field, Text.of("'" + value + "' is neither a month like 2026-09 nor a quarter like 2026-Q3",
                "“" + value + "”既不是月份（如 2026-09）也不是季度（如 2026-Q3）"));
    }

    public static ReturnPeriod month(YearMonth month) {
        return parse(month.toString(), "period");
    }

    public boolean isQuarter() {
        return label.contains("Q");
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Late: not submitted and past due today, or submitted after the due date. */
    public boolean isLate(LocalDate submittedOn, LocalDate today) {
        return submittedOn == null ? today.isAfter(dueDate) : submittedOn.isAfter(dueDate);
    }
}
