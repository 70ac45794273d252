package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
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
}
