package net.wastenet.recyclables.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Look-ups of facilities for other modules. */
public interface FacilityDirectory {
    Optional<FacilitySummary> facility(String code);

    /** The facilities of a district (null: every district), in code order. */
    List<FacilitySummary> facilities(String districtCode);

    /**
     * Locks the facility's row until the transaction ends: writers that read what a facility holds and take from
     * it (a kitchen-waste plant's treatment and its untreated stock) take turns, on every instance.
     * Must be called inside the caller's transaction (refused without one: a lock released at once protects nothing).
     */
    void lockStock(String code);

    /** Everything a facility received from the day it came into service up to and including {@code day}. */
    BigDecimal receivedUpTo(String code, LocalDate day);
}
