package net.wastenet.recyclables.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/** Look-ups of facilities for other modules. */
public interface FacilityDirectory {
    Optional<FacilitySummary> facility(String code);

    /** Everything a facility received from the day it came into service up to and including {@code day}. */
    BigDecimal receivedUpTo(String code, LocalDate day);
}
