package net.wastenet.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.PeriodLocks;
import net.wastenet.shared.recording.Recording;

/**
 * The recording pipeline every module creates its records through, wired to the platform: the period
 * locks (reporting's returns), the city's clock, CDI events for the observers and the audit trail, all
 * in the writing transaction, and the counters of /metrics (created and refused records).
 */
@ApplicationScoped
public class Pipelines {
    @Inject
    PeriodLocks locks;
    @Inject
    CityClock clock;
    @Inject
    Event<Object> events;
    @Inject
    Event<AuditRecord> audit;
    @Inject
    net.wastenet.app.metrics.RecordingCounters counters;

    /** Dependent scope: the pipeline holds nothing but its ports, so every user may have its own. */
    @Produces
    Recording recording() {
        return new Recording(locks, clock, events::fire, audit::fire, counters);
    }
}
