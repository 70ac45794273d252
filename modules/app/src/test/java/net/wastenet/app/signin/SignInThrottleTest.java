package net.wastenet.app.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Failed sign-ins lock a user name (or an address) for a while after too many, then let it try again. */
class SignInThrottleTest {
    Instant now = Instant.parse("2026-11-02T08:00:00Z");

    SignInThrottle throttle() {
        SignInThrottle t = new SignInThrottle();
        t.maxPerUser = 5;
        t.maxPerAddress = 50;
        t.windowSeconds = 300;
        t.lockSeconds = 300;
        t.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return t;
    }

    @Test
    void theFifthWrongPasswordLocksTheUserNameForFiveMinutesFromAnyAddress() {
        SignInThrottle t = throttle();
        for (int i = 0; i < 4; i++) {
            t.failed("admin", "10.0.0." + i);
        }
        assertTrue(t.refusedFor("admin", "10.0.0.9").isZero(), "four failures: may still try");
        t.failed("admin", "10.0.0.4");
        assertEquals(Duration.ofSeconds(300), t.refusedFor("admin", "10.0.0.9"));
        assertTrue(t.refusedFor("bureau", "10.0.0.9").isZero(), "another user is not locked");
        now = now.plusSeconds(301);
        assertTrue(t.refusedFor("admin", "10.0.0.9").isZero(), "free again after the lock");
    }

    @Test
    void oneAddressGuessingManyNamesIsLocked() {
        SignInThrottle t = throttle();
        for (int i = 0; i < 50; i++) {
            t.failed("user" + i, "192.0.2.7");
        }
        assertTrue(t.refusedFor("someone-else", "192.0.2.7").toSeconds() > 0);
        assertTrue(t.refusedFor("someone-else", "192.0.2.8").isZero());
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowDoNotLock() {
        SignInThrottle t = throttle();
        for (int i = 0; i < 8; i++) {
            t.failed("station-jj01", "10.0.0.1");
            now = now.plusSeconds(100);
        }
        assertTrue(t.refusedFor("station-jj01", "10.0.0.1").isZero());
    }

    @Test
    void theUserNameIsReadFromABasicHeaderOnly() {
        assertEquals("admin", BasicCredentials.user("Basic " + java.util.Base64.getEncoder().encodeToString("admin:x".getBytes())));
        assertEquals(null, BasicCredentials.user("Bearer abc"));
        assertEquals(null, BasicCredentials.user("Basic !!!"));
    }
}
