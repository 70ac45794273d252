package net.wastenet.reporting.application;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/**
 * The point-days bulk imports noted for the unusual-day rule, judged once a file is in: a slice of
 * points a transaction, each slice forgotten with the warnings it raised, so a judging stopped half-way
 * (a crash) goes on where it stopped. Points are taken in code order; days noted meanwhile by another
 * import for points already passed wait for the next judging.
 */
@ApplicationScoped
public class NotedPointDays {
    /** Points judged a transaction: their days of a year and the four weeks before are a few hundred rows each. */
    static final int POINTS_A_TRANSACTION = 200;

    @Inject
    WarningDesk warnings;

    /** Judges every noted point-day; answers how many slices of points it took. */
    public int judgeAll() {
        int slices = 0;
        Optional<String> last = warnings.checkNotedPointDays(null, POINTS_A_TRANSACTION);
        while (last.isPresent()) {
            slices++;
            last = warnings.checkNotedPointDays(last.get(), POINTS_A_TRANSACTION);
        }
        return slices;
    }

    /** The bulk-import job's step after its rows (META-INF/batch-jobs/bulk-import.xml). */
    @Named("notedPointDays")
    @Dependent
    public static class Step extends AbstractBatchlet {
        @Inject
        NotedPointDays noted;

        @Override
        public String process() {
            noted.judgeAll();
            return "JUDGED";
        }
    }
}
