package net.wastenet.points.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;

/** The station tonnage log. */
public interface TonnageLogs {
    /** The record with all its revisions. */
    Optional<TonnageLog> find(long id);

    /** A submitter's records carrying these client keys, by key, in one query (a key is unique per submitter). */
    Map<String, TonnageLog> findByClientKeys(String submitter, Collection<String> clientKeys);

    /** Current revisions, newest weighing first. */
    Page<TonnageLog> list(Filter filter, PageRequest page);

    /** Stores new records with their first revisions; each has its id afterwards. */
    void addAll(List<TonnageLog> logs);

    /**
     * Which records a list shows: every criterion is optional. {@code onlyPoints} and
     * {@code onlyDistricts}, when not null, confine it to records at those points or in those
     * districts (either), the reader's scope.
     */
    record Filter(String pointCode, String districtCode, LocalDate from, LocalDate to, Set<String> onlyPoints,
                  Set<String> onlyDistricts) {
    }
}
