package net.wastenet.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import net.wastenet.shared.CityClock;

/** The one clock every module reads: the system clock in the city's zone. */
@ApplicationScoped
public class Clocks {
    /** Dependent scope: the clock is an immutable value, cheap to hand out, and needs no proxy. */
    @Produces
    CityClock cityClock() {
        return CityClock.system();
    }
}
