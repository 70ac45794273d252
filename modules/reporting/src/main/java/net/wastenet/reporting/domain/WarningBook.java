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

    /**
     * The warning, its row locked until the transaction ends: two confirmations at once (on two
     * instances) take turns, and the second finds it confirmed. No version column: a weighing that
     * restates a point-day warning must never be refused because another weighing restated it too.
     */
    Optional<Warning> findForConfirmation(long id);

    Optional<Warning> byRef(WarningKind kind, String recordRef);

    /**
     * Raises each warning once: one raised for its kind and record before (by this transaction, another
     * one, or another instance) stays as it was, and the writer does not wait on it. One row per kind and
     * record, whoever writes it at the same time (a unique key; one statement for all of them).
     */
    List<Raised> raise(List<Warning> warnings);

    /** As {@link #raise}, but a warning raised before takes the new message (a facility's intake of the day so far). */
    List<Raised> raiseOrRestate(List<Warning> warnings);

    /**
     * A warning raised now for the first time, with its id. Two writers raising the same one at the same
     * moment may both see it as new (an integrator is told at least once).
     */
    record Raised(long id, Warning warning) {
    }

    /** {@code districts} null: every district. */
    List<Warning> list(Filter filter, int offset, int limit);

    long count(Filter filter);

    /** Unconfirmed warnings per district dated in a period. */
    Map<String, Long> unconfirmedByDistrict(LocalDate from, LocalDate to);
}
