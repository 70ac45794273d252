package net.wastenet.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The district returns, their transitions and their signed versions. */
public interface ReturnBook {
    Optional<DistrictReturn> find(String districtCode, String period);

    /** The returns stored for a period label (districts without one are DRAFT). */
    List<DistrictReturn> forPeriod(String period);

    /** The label of a LOCKED return whose period covers the day in the district. */
    Optional<String> lockedCovering(String districtCode, LocalDate day);

    /** A locked return: its district, period and days. */
    record LockedSpan(String districtCode, String period, LocalDate from, LocalDate to) {
    }

    /**
     * The locked returns of the districts that overlap the days from {@code from} to {@code to}, and the earliest
     * definition set's first day (null: none), in one question.
     */
    record LocksAndFirstDay(java.util.List<LockedSpan> locked, LocalDate firstDefinedDay) {
    }

    LocksAndFirstDay lockedOverlappingAndFirstDefinedDay(java.util.Set<String> districtCodes, LocalDate from, LocalDate to);

    List<ReturnTransition> transitions(long returnId);

    List<SignedReturn> signed(long returnId);

    void add(Object entity);

    void flush();
}
