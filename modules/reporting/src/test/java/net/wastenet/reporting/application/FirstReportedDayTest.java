package net.wastenet.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import net.wastenet.reporting.domain.DefinitionSet;
import net.wastenet.reporting.domain.ReturnBook;
import net.wastenet.shared.FirstReportedDay;
import net.wastenet.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The first reported day, one rule: a record before it (asked by the recording pipeline through the period locks) and a
 * period starting before it (asked by the indicators) are refused alike; it is read afresh, so a definition set added on
 * another instance counts at once; and a failure to read it is never swallowed inside the writer's transaction.
 */
class FirstReportedDayTest {
    final List<DefinitionSet> sets = new ArrayList<>();
    RuntimeException failure;

    /** The locks over a return book that reads the definition sets' first day as the statement does: their minimum. */
    ReturnLocks locks() {
        ReturnLocks locks = new ReturnLocks();
        locks.returns = (ReturnBook) Proxy.newProxyInstance(ReturnBook.class.getClassLoader(), new Class<?>[] {ReturnBook.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("lockedOverlappingAndFirstDefinedDay")) {
                        if (failure != null) {
                            throw failure;
                        }
                        return new ReturnBook.LocksAndFirstDay(List.of(),
                                sets.stream().map(DefinitionSet::effectiveFrom).min(LocalDate::compareTo).orElse(null));
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return locks;
    }

    static DefinitionSet set(String from) {
        BigDecimal one = BigDecimal.ONE;
        return new DefinitionSet("set " + from, LocalDate.parse(from), new DefinitionSet.Coefficients(one, one, one),
                new DefinitionSet.Targets(one, one, one, one, null), null, LocalDateTime.parse("2026-01-01T00:00:00"), "bureau");
    }

    @Test
    void aRecordAndAPeriodBeforeTheFirstDayAreRefusedByTheSameRule() {
        sets.add(set("2000-01-01"));
        FirstReportedDay first = locks().firstReportedDay().orElseThrow();
        LocalDate before = LocalDate.parse("1999-12-31");
        InvalidInputException record = assertThrows(InvalidInputException.class, () -> first.require(before, "weighedAt"));
        InvalidInputException period = assertThrows(InvalidInputException.class,
                () -> DefinitionSet.requireDefinedOn(before, LocalDate.parse("2000-01-01"), "weighedAt"));
        assertEquals(period.errors(), record.errors());
        first.require(LocalDate.parse("2000-01-01"), "weighedAt");
    }

    @Test
    void aDefinitionSetAddedElsewhereCountsAtOnce() {
        sets.add(set("2000-01-01"));
        ReturnLocks locks = locks();
        assertEquals(LocalDate.parse("2000-01-01"), locks.firstReportedDay().orElseThrow().day());
        sets.add(set("1995-01-01"));
        assertEquals(LocalDate.parse("1995-01-01"), locks.firstReportedDay().orElseThrow().day());
    }

    @Test
    void aFailureToReadTheFirstDayIsNotSwallowed() {
        sets.add(set("2000-01-01"));
        ReturnLocks locks = locks();
        locks.firstReportedDay();
        failure = new IllegalStateException("the database is gone");
        assertSame(failure, assertThrows(IllegalStateException.class, locks::firstReportedDay));
    }
}
