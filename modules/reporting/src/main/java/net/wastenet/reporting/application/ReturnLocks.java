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
    @Inject
    ReturnBook returns;

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
