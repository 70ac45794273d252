package net.wastenet.app.webhooks;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs {@link Deliverer} on the server's managed scheduled executor (Jakarta Concurrency), every
 * {@code wastenet.webhooks.pollMillis} (500 ms by default) after the previous round, on every instance.
 */
@ApplicationScoped
public class DeliveryWorker {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    Deliverer deliverer;
    @Inject
    @ConfigProperty(name = "wastenet.webhooks.pollMillis", defaultValue = "500")
    long pollMillis;

    private ScheduledFuture<?> rounds;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        rounds = executor.scheduleWithFixedDelay(this::round, 5000, pollMillis, TimeUnit.MILLISECONDS);
    }

    private void round() {
        try {
            while (deliverer.deliverDue() > 0) {
                // another round at once while there is work
            }
        } catch (RuntimeException e) {
            // the schema may not be migrated yet at start, or the database may be restarting: next round
            LOG.log(Level.FINE, "webhook round failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.cancel(false);
        }
    }
}
