package net.wastenet.kitchen.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import net.wastenet.shared.Cached;
import net.wastenet.shared.CityClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The manifests on the platform's metrics (/metrics): open (picked up, not delivered) and overdue (open longer
 * than wastenet.kitchen.overdueHours). Counted in the database through the index on (status, picked_up_at), so a
 * scrape reads the open manifests' index entries only, never the history; kept wastenet.metrics.gaugeSeconds.
 */
@ApplicationScoped
public class ManifestGauges {
    @PersistenceContext(unitName = "kitchen-waste")
    EntityManager em;
    @Inject
    CityClock clock;
    @Inject
    @ConfigProperty(name = "wastenet.kitchen.overdueHours", defaultValue = "24")
    long overdueHours;
    @Inject
    @ConfigProperty(name = "wastenet.metrics.gaugeSeconds", defaultValue = "15")
    long gaugeSeconds;

    private Cached open;
    private Cached overdue;

    @PostConstruct
    void caches() {
        open = new Cached(() -> count(null), gaugeSeconds);
        overdue = new Cached(() -> count(clock.now().minusHours(overdueHours)), gaugeSeconds);
    }

    @Inject
    MetricRegistry registry;

    /** Registers the gauges on /metrics when the application starts. */
    void register(@Observes @Initialized(jakarta.enterprise.context.ApplicationScoped.class) Object started) {
        registry.gauge(Metadata.builder().withName("wastenet.manifests.open").withDescription("Kitchen-waste manifests picked up and not yet delivered").build(), this, ManifestGauges::open);
        registry.gauge(Metadata.builder().withName("wastenet.manifests.overdue").withDescription("Open manifests picked up longer ago than wastenet.kitchen.overdueHours").build(), this, ManifestGauges::overdue);
    }

    public long open() {
        return open.get();
    }

    public long overdue() {
        return overdue.get();
    }

    private long count(java.time.LocalDateTime pickedUpBefore) {
        var q = em.createNativeQuery("select count(*) from kitchen.manifest where status = 'PICKED_UP'"
                + (pickedUpBefore == null ? "" : " and picked_up_at < ?1"));
        if (pickedUpBefore != null) {
            q.setParameter(1, pickedUpBefore);
        }
        return ((Number) q.getSingleResult()).longValue();
    }
}
