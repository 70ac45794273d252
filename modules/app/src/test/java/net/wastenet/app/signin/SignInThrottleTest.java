package net.wastenet.app.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Failed sign-ins lock a user name from one address (or an address) for a while after too many, then let it try again. */
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
    void theFifthWrongPasswordFromOneAddressLocksTheUserThereForFiveMinutes() {
        SignInThrottle t = throttle();
        for (int i = 0; i < 4; i++) {
            t.failed("admin", "10.0.0.1");
        }
        assertTrue(t.refusedFor("admin", "10.0.0.1").isZero(), "four failures: may still try");
        t.failed("admin", "10.0.0.1");
        assertEquals(Duration.ofSeconds(300), t.refusedFor("admin", "10.0.0.1"));
        assertTrue(t.refusedFor("bureau", "10.0.0.1").isZero(), "another user is not locked");
        now = now.plusSeconds(301);
        assertTrue(t.refusedFor("admin", "10.0.0.1").isZero(), "free again after the lock");
    }

    @Test
    void someoneFailingOnPurposeElsewhereNeverLocksTheRealUserOut() {
        SignInThrottle t = throttle();
        for (int i = 0; i < 40; i++) {
            t.failed("station-jj01", "203.0.113." + (i % 8));
        }
        assertTrue(t.refusedFor("station-jj01", "203.0.113.1").toSeconds() > 0, "the guessing addresses are refused");
        assertTrue(t.refusedFor("station-jj01", "10.1.2.3").isZero(), "the real user, from their own address, is not");
    }

    @Test
    void theMapIsBoundedWhateverIsSent() {
        SignInThrottle t = throttle();
        t.maxTracked = 1000;
        for (int i = 0; i < 20_000; i++) {
            t.failed("user" + i, "198.51." + (i / 250) + "." + (i % 250));
        }
        assertTrue(t.tracked() <= 1000, "tracked " + t.tracked());
        // what was touched last is still counted: an address guessing now is still locked
        for (int i = 0; i < 50; i++) {
            t.failed("u" + i, "192.0.2.99");
        }
        assertTrue(t.refusedFor("anyone", "192.0.2.99").toSeconds() > 0);
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
