package net.wastenet.reporting.application;

import jakarta.annotation.Resource;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import net.wastenet.reporting.domain.ReadModel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The point-days bulk imports noted for the unusual-day rule, judged once a file is in: slices of
 * points in code order, each in a transaction that also forgets what it judged, so a judging stopped
 * half-way (a crash) goes on with what is left; a few slices at once, so that the server's work and the
 * database's reads of one slice overlap with another's.
 */
@ApplicationScoped
public class NotedPointDays {
    /** Points judged a transaction: a year of their days and the four weeks before are a few hundred rows each. */
    static final int POINTS_A_TRANSACTION = 200;

    @Inject
    WarningDesk warnings;
    @Inject
    ReadModel model;
    @Resource
    ManagedExecutorService executor;
    /** How many slices are judged at once (the import's partitions measured best at about twice the cores). */
    @Inject
    @ConfigProperty(name = "wastenet.warnings.judgingThreads", defaultValue = "4")
    int threads;

    /** Judges every noted point-day, a few slices at once; answers how many points had days to judge. */
    public int judgeAll() {
        return judge(threads);
    }

    /**
     * As {@link #judgeAll}, slice after slice in the calling thread: for the demo's load, which runs while
     * the application starts, before a managed executor would run this application's tasks.
     */
    public int judgeAllInThisThread() {
        return judge(1);
    }

    private int judge(int parallel) {
        List<String> points = model.pointsWithUncheckedDays();
        var slices = new ConcurrentLinkedQueue<List<String>>();
        for (int i = 0; i < points.size(); i += POINTS_A_TRANSACTION) {
            slices.add(List.copyOf(points.subList(i, Math.min(points.size(), i + POINTS_A_TRANSACTION))));
        }
        Runnable worker = () -> {
            for (List<String> slice = slices.poll(); slice != null; slice = slices.poll()) {
                warnings.checkNotedPointDays(slice);
            }
        };
        if (parallel <= 1 || slices.size() <= 1) {
            worker.run();
            return points.size();
        }
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < Math.min(parallel, slices.size()); t++) {
            workers.add(executor.submit(worker));
        }
        for (Future<?> w : workers) {
            try {
                w.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("judging the noted point-days was interrupted", e);
            } catch (ExecutionException e) {
                slices.clear();
                throw new IllegalStateException("judging the noted point-days failed", e.getCause());
            }
        }
        return points.size();
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
