package net.wastenet.shared;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a district's figures for a day are frozen by a locked return. Reporting owns the returns
 * and implements this; the modules that write records ask it before creating or correcting one, in
 * the writing transaction, and refuse with {@link #refusal} (409). The answer never throws, so that
 * asking cannot mark the caller's transaction for rollback.
 */
public interface PeriodLocks {
    /** The locked return period (e.g. {@code 2026-09} or {@code 2026-Q3}) covering the day in the district, if any. */
    Optional<String> lockedPeriod(String districtCode, LocalDate day);

    /** Locked periods looked up in memory: what {@link #standing} answers for a batch's districts and days. */
    interface LockedDays {
        Optional<String> lockedPeriod(String districtCode, LocalDate day);
    }

    /**
     * The first day the indicators are defined for (the earliest definition set's): a record dated before
     * it would count in no period, so it is refused (400 naming its date field). Empty: no such bound.
     */
    default Optional<FirstReportedDay> firstReportedDay() {
        return Optional.empty();
    }

    /** What a batch of records is checked against before it is made: the locks of its districts and days, and the first reported day. */
    record BatchStanding(LockedDays locked, Optional<FirstReportedDay> firstReportedDay) {
    }

    /**
     * Both questions a batch asks before its records are made: every lock of its districts that touches the days from
     * {@code from} to {@code to}, and {@link #firstReportedDay}, at once (one round trip where the implementation can;
     * by default a question per district and day, asked as the batch looks them up).
     */
    default BatchStanding standing(Set<String> districtCodes, LocalDate from, LocalDate to) {
        return new BatchStanding(this::lockedPeriod, firstReportedDay());
    }

    /** Throws the 409 refusal if any of the districts (nulls ignored) has the day locked. */
    default void requireOpen(LocalDate day, String field, String... districtCodes) {
        for (String district : districtCodes) {
            if (district != null) {
                Optional<String> period = lockedPeriod(district, day);
                if (period.isPresent()) {
                    throw refusal(district, period.get(), day, field);
                }
            }
        }
    }

    static ConflictException refusal(String districtCode, String period, LocalDate day, String field) {
        return new ConflictException(field, Text.of(
                day + " is in period " + period + " of district " + districtCode
                        + ", which is locked; the bureau must reopen it (with a reason) before records dated in it change",
                day + " 属于 " + districtCode + " 已锁定的报表期 " + period + "；须由市局说明理由重新开放后，才能新增或更正该期记录"));
    }

    /** Nothing locked: for unit tests and tools without the reporting module. */
    PeriodLocks NONE = (district, day) -> Optional.empty();
}
