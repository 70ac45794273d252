package net.wastenet.app.metrics;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import net.wastenet.shared.Cached;
import net.wastenet.shared.CityClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Bulk imports on /metrics: {@code wastenet_import_rows_total} (rows of import files processed, counted as each
 * chunk commits: {@code rate()} of it is rows per second), {@code wastenet_imports_running} (imports queued or
 * running) and {@code wastenet_imports_rows_per_second} (the running imports' rows done over the time since they
 * started, summed). The gauges read the unfinished imports only (index on completed), kept wastenet.metrics.gaugeSeconds.
 */
@ApplicationScoped
public class ImportMetrics {
    @PersistenceContext(unitName = "access")
    EntityManager em;
    @Inject
    MetricRegistry metrics;
    @Inject
    AfterCommit afterCommit;
    @Inject
    CityClock clock;
    @Inject
    @ConfigProperty(name = "wastenet.metrics.gaugeSeconds", defaultValue = "15")
    long gaugeSeconds;

    private volatile long[] running = new long[2];
    private Cached read;

    @PostConstruct
    void cache() {
        read = new Cached(this::readRunning, gaugeSeconds);
    }

    /** A chunk of {@code rows} rows done, in the chunk's transaction. */
    public void chunkDone(String recordType, int rows) {
        afterCommit.run(() -> metrics.counter("wastenet.import.rows", new org.eclipse.microprofile.metrics.Tag("type", recordType)).inc(rows));
    }

    /** Registers the gauges on /metrics when the application starts. */
    void register(@Observes @Initialized(jakarta.enterprise.context.ApplicationScoped.class) Object started) {
        metrics.gauge(Metadata.builder().withName("wastenet.imports.running").withDescription("Bulk imports queued or running").build(), this, ImportMetrics::running);
        metrics.gauge(Metadata.builder().withName("wastenet.imports.rows.per.second").withDescription("The running imports' rows done per second since they started, summed").build(), this, ImportMetrics::rowsPerSecond);
    }

    public long running() {
        read.get();
        return running[0];
    }

    public long rowsPerSecond() {
        read.get();
        return running[1];
    }

    private long readRunning() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createQuery("select b.rowsDone, b.startedAt from BulkImport b where b.completed = false and b.finishedAt is null")
                .getResultList();
        LocalDateTime now = clock.now();
        double perSecond = 0;
        for (Object[] r : rows) {
            if (r[1] != null) {
                long ms = Math.max(1000, Duration.between((LocalDateTime) r[1], now).toMillis());
                perSecond += ((Number) r[0]).longValue() * 1000.0 / ms;
            }
        }
        running = new long[] {rows.size(), Math.round(perSecond)};
        return rows.size();
    }
}
