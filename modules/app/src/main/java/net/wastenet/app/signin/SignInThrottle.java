package net.wastenet.app.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed password sign-ins counted per user name and per client address: after too many within a window
 * the name (or the address) is refused for a while, whatever password it sends next, so guessing a
 * password costs hours instead of seconds. Kept per instance, in memory (a restart forgets).
 */
@ApplicationScoped
public class SignInThrottle {
    private static final int MAX_TRACKED = 100_000;

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

    Clock clock = Clock.systemUTC();
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** Failures of one key within the current window, and until when the key is refused. */
    private record Failures(Instant windowStart, int count, Instant lockedUntil) {
    }

    /** Notes a failed sign-in of the user from the address. */
    public void failed(String user, String address) {
        if (failures.size() > MAX_TRACKED) {
            forgetExpired();
        }
        if (user != null) {
            note("user " + user, maxPerUser);
        }
        if (address != null) {
            note("address " + address, maxPerAddress);
        }
    }

    /** How long the user or the address is still refused (zero: it may sign in). */
    public Duration refusedFor(String user, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : new String[] {user == null ? null : "user " + user, address == null ? null : "address " + address}) {
            Failures f = key == null ? null : failures.get(key);
            if (f != null && f.lockedUntil() != null && f.lockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, f.lockedUntil());
                if (left.compareTo(longest) > 0) {
                    longest = left;
                }
            }
        }
        return longest;
    }

    private void note(String key, int max) {
        Instant now = clock.instant();
        failures.compute(key, (k, f) -> {
            if (f == null || f.windowStart().plusSeconds(windowSeconds).isBefore(now)
                    && (f.lockedUntil() == null || f.lockedUntil().isBefore(now))) {
                f = new Failures(now, 0, null);
            }
            int count = f.count() + 1;
            return new Failures(f.windowStart(), count, count >= max ? now.plusSeconds(lockSeconds) : f.lockedUntil());
        });
    }

    private void forgetExpired() {
        Instant now = clock.instant();
        failures.values().removeIf(f -> f.windowStart().plusSeconds(windowSeconds).isBefore(now)
                && (f.lockedUntil() == null || f.lockedUntil().isBefore(now)));
    }
}
