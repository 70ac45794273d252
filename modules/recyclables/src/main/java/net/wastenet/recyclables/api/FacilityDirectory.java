package net.wastenet.recyclables.api;

import java.util.Optional;

/** Look-ups of facilities for other modules. */
public interface FacilityDirectory {
    Optional<FacilitySummary> facility(String code);
}
