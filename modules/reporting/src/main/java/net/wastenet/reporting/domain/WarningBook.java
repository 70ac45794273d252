package net.wastenet.reporting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The kept soft warnings. */
public interface WarningBook {
    record Filter(Set<String> districts, LocalDate from, LocalDate to, Boolean confirmed, WarningKind kind) {
    }

    void add(Warning w);

    Optional<Warning> find(long id);

    Optional<Warning> byRef(WarningKind kind, String recordRef);

    /** {@code districts} null: every district. */
    List<Warning> list(Filter filter, int offset, int limit);

    long count(Filter filter);

    /** Unconfirmed warnings per district dated in a period. */
    Map<String, Long> unconfirmedByDistrict(LocalDate from, LocalDate to);
}
