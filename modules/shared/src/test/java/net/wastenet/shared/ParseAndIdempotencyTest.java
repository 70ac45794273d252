package net.wastenet.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParseAndIdempotencyTest {
    @Test
    void anUnknownEnumNameListsTheAllowedOnes() {
        Problems p = new Problems();
        assertNull(Parse.enumValue(WasteCategory.class, "GLASS", "category", true, p));
        assertEquals("must be one of RECYCLABLE, HAZARDOUS, KITCHEN, RESIDUAL", p.errors().get(0).message().en());
    }

    @Test
    void timesNeedAnOffsetAndConvertToCityTime() {
        Problems p = new Problems();
        assertNull(Parse.dateTime("2026-03-05T08:30:00", "weighedAt", true, p));
        assertEquals("weighedAt", p.errors().get(0).field());
        OffsetDateTime utc = Parse.dateTime("2026-03-05T00:30:00Z", "weighedAt", true, p);
        assertEquals(LocalDateTime.of(2026, 3, 5, 8, 30), CityClock.toCity(utc));
        assertEquals("+08:00", CityClock.toOffset(LocalDateTime.of(2026, 3, 5, 8, 30)).getOffset().toString());
    }

    @Test
    void theCityClockAllowsFiveMinutesOfDeviceSkew() {
        CityClock clock = new CityClock(Clock.fixed(Instant.parse("2026-03-05T00:00:00Z"), CityClock.ZONE));
        assertEquals(LocalDateTime.of(2026, 3, 5, 8, 5), clock.latestAcceptable());
    }

    @Test
    void fingerprintsDifferWhenAnyPartDiffers() {
        assertEquals(Fingerprint.of("a", 1, null), Fingerprint.of("a", 1, null));
        assertNotEquals(Fingerprint.of("a", 1, null), Fingerprint.of("a", 1, "x"));
        assertNotEquals(Fingerprint.of("ab", "c"), Fingerprint.of("a", "bc"));
    }

    @Test
    void aCreateThatLosesAKeyRaceIsTriedOnceMoreAndOtherFailuresAreNot() {
        AtomicInteger calls = new AtomicInteger();
        String answer = Idempotency.retryOnKeyClash(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new RuntimeException(new SQLException("duplicate", "23505"));
            }
            return "found the winner's record";
        });
        assertEquals("found the winner's record", answer);
        assertEquals(2, calls.get());

        AtomicInteger other = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> Idempotency.retryOnKeyClash(() -> {
            other.incrementAndGet();
            throw new IllegalStateException("not a key clash");
        }));
        assertEquals(1, other.get());
        assertFalse(Idempotency.isUniqueViolation(new SQLException("fk", "23503")));
        assertTrue(Idempotency.isUniqueViolation(new RuntimeException(new SQLException("dup", "23505"))));
    }

    @Test
    void chineseIsChosenWhenAskedForAndEnglishOtherwise() {
        assertEquals(Languages.ZH, Languages.choose(List.of(Locale.forLanguageTag("zh-CN"))));
        assertEquals(Languages.EN, Languages.choose(List.of(Locale.FRENCH, Locale.ENGLISH)));
        assertEquals(Languages.EN, Languages.choose(List.of()));
        assertEquals("必须大于", Text.of("x", "必须大于").in(Languages.ZH));
    }
}
