package net.wastenet.app.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed password sign-ins counted per user name <em>from one client address</em>, and per client address: after too
 * many within a window that pair (or that address, guessing many names) is refused for a while, whatever password it
 * sends next, so guessing costs hours instead of seconds. A user name is never locked as such: someone failing on
 * purpose from elsewhere cannot lock the real user out of their own address. Kept per instance, in memory, in a map
 * bounded to {@code wastenet.signIn.maxTracked} entries (the least recently touched go first): a restart forgets, and
 * with several instances each counts its own (docs/operations.md, "Production installation").
 */
@ApplicationScoped
public class SignInThrottle {
    @Inject
    @ConfigProperty(name = "wastenet.signIn.maxFailuresPerUser", defaultValue = "5")
    int maxPerUser;
    @Inject
    @ConfigProperty(name = "wastenet.signIn.maxFailuresPerAddress", defaultValue = "50")
    int maxPerAddress;
    @Inject
    @ConfigProperty(name = "wastenet.signIn.windowSeconds", defaultValue = "300")
    long windowSeconds;
    @Inject
    @ConfigProperty(name = "wastenet.signIn.lockSeconds", defaultValue = "300")
    long lockSeconds;
    @Inject
    @ConfigProperty(name = "wastenet.signIn.maxTracked", defaultValue = "100000")
    int maxTracked = 100_000;

    Clock clock = Clock.systemUTC();
    /** Least recently touched first; beyond maxTracked the eldest is dropped (an LRU map). */
    private final LinkedHashMap<String, Failures> failures = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > maxTracked;
        }
    };

    /** Failures of one key within the current window, and until when the key is refused. */
    private record Failures(Instant windowStart, int count, Instant lockedUntil) {
    }

    private static String pair(String user, String address) {
        return "user " + user + " from " + address;
    }

    /** Notes a failed sign-in of the user from the address. */
    public void failed(String user, String address) {
        String from = address == null ? "" : address;
        synchronized (failures) {
            if (user != null) {
                note(pair(user, from), maxPerUser);
            }
            if (address != null) {
                note("address " + address, maxPerAddress);
            }
        }
    }

    /** How long the user from this address, or the address, is still refused (zero: it may sign in). */
    public Duration refusedFor(String user, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        String from = address == null ? "" : address;
        synchronized (failures) {
            for (String key : new String[] {user == null ? null : pair(user, from), address == null ? null : "address " + address}) {
                Failures f = key == null ? null : failures.get(key);
                if (f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now)) {
                    Duration left = Duration.between(now, f.lockedUntil());
                    if (left.compareTo(longest) > 0) {
                        longest = left;
                    }
                }
            }
        }
        return longest;
    }

    /** How many keys are tracked now (bounded by maxTracked). */
    int tracked() {
        synchronized (failures) {
            return failures.size();
        }
    }

    private void note(String key, int max) {
        Instant now = clock.instant();
        Failures f = failures.get(key);
        if (f == null || f.windowStart().plusSeconds(windowSeconds).isBefore(now)
                && (f.lockedUntil() == null || f.lockedUntil().isBefore(now))) {
            f = new Failures(now, 0, null);
        }
        int count = f.count() + 1;
        failures.put(key, new Failures(f.windowStart(), count, count >= max ? now.plusSeconds(lockSeconds) : f.lockedUntil()));
    }
}
