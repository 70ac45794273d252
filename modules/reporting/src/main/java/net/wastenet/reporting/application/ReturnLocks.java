package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.wastenet.reporting.domain.ReturnBook;
import net.wastenet.shared.PeriodLocks;

/**
 * The locks the other modules ask about before they write: a LOCKED return covers its district's
 * days. Read in the writer's transaction, from the database (several instances share it).
 * Deliberately not transactional itself: an answer must never mark the writer's transaction.
 */
@ApplicationScoped
public class ReturnLocks implements PeriodLocks {
    /** How long the first reported day is kept before it is read again (a definition set added on another instance). */
    private static final long FIRST_DAY_KEPT_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);

    @Inject
    ReturnBook returns;
    @Inject
    net.wastenet.reporting.domain.ReadModel model;

    private volatile FirstDay firstDay;

    private record FirstDay(Optional<LocalDate> day, long readAt) {
    }

    /** The earliest definition set's first day, read at most once a minute; never throws (empty when it cannot be read). */
    @Override
    public Optional<LocalDate> firstReportedDay() {
        FirstDay known = firstDay;
        if (known != null && System.nanoTime() - known.readAt() < FIRST_DAY_KEPT_NANOS) {
            return known.day();
        }
        try {
            Optional<LocalDate> day = model.definitionSets().stream()
                    .map(net.wastenet.reporting.domain.DefinitionSet::effectiveFrom).min(LocalDate::compareTo);
            firstDay = new FirstDay(day, System.nanoTime());
            return day;
        } catch (RuntimeException e) {
            return known == null ? Optional.empty() : known.day();
        }
    }

    /** Forgets the first reported day: a definition set was added here. */
    public void forgetFirstReportedDay() {
        firstDay = null;
    }

    @Override
    public Optional<String> lockedPeriod(String districtCode, LocalDate day) {
        return returns.lockedCovering(districtCode, day);
    }

    @Override
    public LockedDays lockedBetween(Set<String> districtCodes, LocalDate from, LocalDate to) {
        List<ReturnBook.LockedSpan> spans = returns.lockedOverlapping(districtCodes, from, to);
        return (district, day) -> spans.stream()
                .filter(s -> s.districtCode().equals(district) && !day.isBefore(s.from()) && !day.isAfter(s.to()))
                .map(ReturnBook.LockedSpan::period).findFirst();
    }
}
