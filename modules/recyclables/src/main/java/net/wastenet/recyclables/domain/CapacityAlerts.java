package net.wastenet.recyclables.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.wastenet.shared.DateRange;

/** Days over capacity. */
public interface CapacityAlerts {
    Optional<CapacityAlert> find(long id);

    Optional<CapacityAlert> on(long facilityId, LocalDate day);

    List<CapacityAlert> list(String facilityCode, DateRange range, Boolean confirmed);

    void add(CapacityAlert alert);
}
