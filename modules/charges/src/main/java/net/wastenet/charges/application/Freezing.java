package net.wastenet.charges.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import net.wastenet.charges.domain.ChargeBook;
import net.wastenet.charges.domain.FrozenMonth;
import net.wastenet.reporting.api.ReturnLocked;

/**
 * Freezes a district's charges and the compensation it pays when its return is locked, in the locking transaction: each
 * month of the return's period (a quarter's three) gets a new version with the figures as they stand, so a reopened and
 * relocked return keeps both. While the return stays locked its latest version is answered, whatever arrives later.
 */
@ApplicationScoped
public class Freezing {
    @Inject
    ChargeStatements statements;
    @Inject
    ChargeBook book;

    void onLocked(@Observes ReturnLocked locked) {
        for (YearMonth m : months(locked.period())) {
            Views.Figures now = statements.figuresNow(locked.districtCode(), m);
            int version = book.frozen(locked.districtCode(), m.toString()).size() + 1;
            book.add(new FrozenMonth(locked.districtCode(), m.toString(), version, locked.period(), locked.lockedAt(), locked.lockedBy(),
                    ChargeStatements.JSON.toJson(now)));
        }
    }

    /** The months of a return period: {@code 2026-11} itself, {@code 2026-Q4} its three. */
    static List<YearMonth> months(String period) {
        List<YearMonth> out = new ArrayList<>();
        if (period.contains("-Q")) {
            int year = Integer.parseInt(period.substring(0, 4));
            int q = Integer.parseInt(period.substring(period.indexOf('Q') + 1));
            for (int i = 0; i < 3; i++) {
                out.add(YearMonth.of(year, (q - 1) * 3 + 1 + i));
            }
        } else {
            out.add(YearMonth.parse(period));
        }
        return out;
    }
}
