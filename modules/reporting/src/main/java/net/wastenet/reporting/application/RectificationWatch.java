package net.wastenet.reporting.application;

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
 * Rectifications become overdue as days pass, with nothing written: every {@code wastenet.warnings.overdueSweepMinutes}
 * (60 by default; 0 turns it off), on every instance, a sweep raises the warnings of those overdue today that have none
 * ({@link WarningDesk#raiseOverdueRectifications}; a warning is kept once per rectification, whichever instance raises it).
 * The first sweep runs a minute after the start.
 */
@ApplicationScoped
public class RectificationWatch {
    private static final Logger LOG = Logger.getLogger(RectificationWatch.class.getName());

    @Resource
    ManagedScheduledExecutorService executor;
    @Inject
    WarningDesk warnings;
    @Inject
    @ConfigProperty(name = "wastenet.warnings.overdueSweepMinutes", defaultValue = "60")
    long minutes;

    private ScheduledFuture<?> sweeps;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (minutes > 0) {
            sweeps = executor.scheduleWithFixedDelay(this::sweep, 60, minutes * 60, TimeUnit.SECONDS);
        }
    }

    void sweep() {
        try {
            int raised = warnings.raiseOverdueRectifications();
            if (raised > 0) {
                LOG.info("overdue rectifications: " + raised + " warnings raised");
            }
        } catch (RuntimeException e) {
            // the schema may not be migrated yet at start, or the database may be restarting: the next sweep
            LOG.log(Level.WARNING, "the sweep of overdue rectifications failed", e);
        }
    }

    @PreDestroy
    void stop() {
        if (sweeps != null) {
            sweeps.cancel(false);
        }
    }
}
