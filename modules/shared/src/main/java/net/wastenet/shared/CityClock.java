package net.wastenet.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Time as the city keeps it. Chengdu is on Asia/Shanghai (UTC+8, no daylight saving), so a local
 * date-time in the city's zone is unambiguous; every stored time is one, every answer carries +08:00.
 */
public final class CityClock {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** How far ahead of the server's clock a device's time may be before it counts as "in the future". */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final Clock clock;

    public CityClock(Clock clock) {
        this.clock = clock.withZone(ZONE);
    }

    public static CityClock system() {
        return new CityClock(Clock.system(ZONE));
    }

    /** Now, to the millisecond: what is stored is exactly what was answered. */
    public LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The latest local time a record may carry: now plus the allowed clock skew. */
    public LocalDateTime latestAcceptable() {
        return now().plus(CLOCK_SKEW);
    }

    public static LocalDateTime toCity(OffsetDateTime t) {
        return t.atZoneSameInstant(ZONE).toLocalDateTime();
    }

    public static OffsetDateTime toOffset(LocalDateTime cityTime) {
        return cityTime.atZone(ZONE).toOffsetDateTime();
    }
}
