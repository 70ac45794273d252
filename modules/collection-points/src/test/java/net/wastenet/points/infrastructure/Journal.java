package net.wastenet.points.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.wastenet.points.domain.DirectoryChanges;
import net.wastenet.shared.CityClock;

/** The directory's change journal in memory, and a clock the test moves: what the kept points and directory ask. */
final class Journal implements DirectoryChanges {
    final List<LocalDateTime> noted = new ArrayList<>();
    Instant now = Instant.parse("2026-11-20T02:00:00Z");

    @Override
    public void note(String what, LocalDateTime at) {
        noted.add(at);
    }

    @Override
    public boolean since(LocalDateTime time) {
        return noted.stream().anyMatch(t -> !t.isBefore(time));
    }

    /** The city's clock, reading {@link #now}. */
    CityClock clock() {
        return new CityClock(new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
    }
}
