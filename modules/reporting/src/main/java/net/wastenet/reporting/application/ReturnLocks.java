package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.wastenet.reporting.domain.ReturnBook;
import net.wastenet.shared.FirstReportedDay;
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
    /**
     * The earliest definition set's first day, read in the writer's transaction each time it is asked (once per batch of
     * records; the table holds a handful of rows), so a set added on any instance counts at once. It is the same
     * statement a batch's {@link #standing} reads (with no district to ask locks for): one reading of the rule. A failure
     * to read it is not swallowed: it fails the writer's transaction as any other failure of the database does.
     */
    @Override
    public Optional<FirstReportedDay> firstReportedDay() {
        LocalDate any = LocalDate.EPOCH;
        return standing(Set.of(), any, any).firstReportedDay();
    }

    @Override
    public Optional<String> lockedPeriod(String districtCode, LocalDate day) {
        return returns.lockedCovering(districtCode, day);
    }

    /** A batch's two questions in one statement, read in the writer's transaction as each alone is. */
    @Override
    public BatchStanding standing(Set<String> districtCodes, LocalDate from, LocalDate to) {
        ReturnBook.LocksAndFirstDay both = returns.lockedOverlappingAndFirstDefinedDay(districtCodes, from, to);
        return new BatchStanding(lockedDays(both.locked()), Optional.ofNullable(both.firstDefinedDay()).map(FirstReportedDay::new));
    }

    private static LockedDays lockedDays(List<ReturnBook.LockedSpan> spans) {
        return (district, day) -> spans.stream()
                .filter(s -> s.districtCode().equals(district) && !day.isBefore(s.from()) && !day.isAfter(s.to()))
                .map(ReturnBook.LockedSpan::period).findFirst();
    }
}
