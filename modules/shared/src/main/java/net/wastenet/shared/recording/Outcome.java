package net.wastenet.shared.recording;

import java.util.Objects;
import java.util.function.Function;

/**
 * What the pipeline did with one submission: the record it stored ({@code created}), the record an
 * earlier request with the same key stored (a replay), or the refusal (the rule violation: 400, 403,
 * 404 or 409) and nothing stored.
 */
public record Outcome<R>(R record, boolean created, RuntimeException refusal) {
    static <R> Outcome<R> created(R record) {
        return new Outcome<>(Objects.requireNonNull(record), true, null);
    }

    static <R> Outcome<R> replayed(R record) {
        return new Outcome<>(Objects.requireNonNull(record), false, null);
    }

    static <R> Outcome<R> refused(RuntimeException why) {
        return new Outcome<>(null, false, Objects.requireNonNull(why));
    }

    /** The same outcome about what the record becomes (its view, say). */
    public <V> Outcome<V> map(Function<R, V> f) {
        return new Outcome<>(record == null ? null : f.apply(record), created, refusal);
    }

    public boolean isRefused() {
        return refusal != null;
    }

    /** The record, or the refusal thrown: the single request's answer. */
    public R recordOrThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return record;
    }
}
