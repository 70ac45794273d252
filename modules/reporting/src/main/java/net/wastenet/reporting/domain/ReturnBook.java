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

    List<ReturnTransition> transitions(long returnId);

    List<SignedReturn> signed(long returnId);

    void add(Object entity);

    void flush();
}
