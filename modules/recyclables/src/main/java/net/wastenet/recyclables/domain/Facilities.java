package net.wastenet.recyclables.domain;

import java.util.Optional;
import net.wastenet.recyclables.api.FacilityKind;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

/** The facility registry. */
public interface Facilities {
    Optional<Facility> find(String code);

    /** The facility, its row locked until the transaction ends. */
    Optional<Facility> findLocked(String code);

    Page<Facility> list(String districtCode, FacilityKind kind, PageRequest page);

    void add(Facility facility);
}
