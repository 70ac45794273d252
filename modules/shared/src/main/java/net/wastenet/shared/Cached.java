package net.wastenet.shared;

import java.util.function.LongSupplier;

/**
 * A figure read at most once per {@code seconds} (a metrics gauge read from the database): every
 * scrape in between answers the last reading. Concurrent readers may both read once the time is up;
 * they never wait for each other.
 */
public final class Cached {
    private final LongSupplier reading;
    private final long nanos;
    private volatile long value;
    private volatile long readAt;
    private volatile boolean read;

    public Cached(LongSupplier reading, long seconds) {
        this.reading = reading;
        this.nanos = Math.max(0, seconds) * 1_000_000_000L;
    }

    public long get() {
        long now = System.nanoTime();
        if (!read || now - readAt >= nanos) {
            value = reading.getAsLong();
            readAt = now;
            read = true;
        }
        return value;
    }
}
