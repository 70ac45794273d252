package net.wastenet.reporting.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import net.wastenet.shared.Cached;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Reporting on the platform's metrics (/metrics): warnings open (not confirmed; through the index on confirmed_at,
 * migration V22_1, so a scrape reads the open ones' index entries only) and the progress of a read-model rebuild
 * queued or running (through the index on its status). Kept wastenet.metrics.gaugeSeconds.
 */
@ApplicationScoped
public class ReportingGauges {
    @PersistenceContext(unitName = "reporting")
    EntityManager em;
    @Inject
    @ConfigProperty(name = "wastenet.metrics.gaugeSeconds", defaultValue = "15")
    long gaugeSeconds;

    private Cached warnings;
    private volatile long[] rebuild = new long[4];
    private Cached rebuildRead;

    @PostConstruct
    void caches() {
        warnings = new Cached(() -> ((Number) em.createNativeQuery(
                "select count(*) from reporting.warning where confirmed_at is null").getSingleResult()).longValue(), gaugeSeconds);
        rebuildRead = new Cached(this::readRebuild, gaugeSeconds);
    }

    @Inject
    MetricRegistry registry;

    /** Registers the gauges on /metrics when the application starts. */
    void register(@Observes @Initialized(jakarta.enterprise.context.ApplicationScoped.class) Object started) {
        registry.gauge(Metadata.builder().withName("wastenet.warnings.open").withDescription("Warnings not yet confirmed").build(), this, ReportingGauges::warningsOpen);
        registry.gauge(Metadata.builder().withName("wastenet.rebuild.running").withDescription("1 while a read-model rebuild is queued or running, else 0").build(), this, ReportingGauges::rebuildRunning);
        registry.gauge(Metadata.builder().withName("wastenet.rebuild.weighings").withDescription("Weighings copied so far by the rebuild queued or running (0 when none)").build(), this, ReportingGauges::rebuildWeighings);
        registry.gauge(Metadata.builder().withName("wastenet.rebuild.receipts").withDescription("Receipts copied so far by the rebuild queued or running (0 when none)").build(), this, ReportingGauges::rebuildReceipts);
        registry.gauge(Metadata.builder().withName("wastenet.rebuild.treatments").withDescription("Treatments copied so far by the rebuild queued or running (0 when none)").build(), this, ReportingGauges::rebuildTreatments);
    }

    public long warningsOpen() {
        return warnings.get();
    }

    public long rebuildRunning() {
        rebuildRead.get();
        return rebuild[0];
    }

    public long rebuildWeighings() {
        rebuildRead.get();
        return rebuild[1];
    }

    public long rebuildReceipts() {
        rebuildRead.get();
        return rebuild[2];
    }

    public long rebuildTreatments() {
        rebuildRead.get();
        return rebuild[3];
    }

    private long readRebuild() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select weighings, receipts, treatments from reporting.rebuild "
                + "where status in ('QUEUED', 'RUNNING') order by id desc").setMaxResults(1).getResultList();
        rebuild = rows.isEmpty() ? new long[4] : new long[] {1, ((Number) rows.get(0)[0]).longValue(),
                ((Number) rows.get(0)[1]).longValue(), ((Number) rows.get(0)[2]).longValue()};
        return rebuild[0];
    }
}
