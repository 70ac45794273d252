package net.wastenet.points.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import net.wastenet.points.domain.CollectionPoint;
import net.wastenet.points.domain.DirectoryChanges;
import net.wastenet.shared.CityClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The points the recording pipeline asks its rules (categories, status history), kept between batches
 * for as long as the directory is unchanged. Each batch asks the directory's change journal once
 * whether anything was noted since the kept points were read, less a margin longer than any
 * transaction lives: a change is noted before its transaction commits, so a change committed by any
 * instance is never missed, and after one the points are read afresh. Without it, every batch of
 * weighings read its points with their three collections again (a fifth of the server's time per
 * weighing on the city-year).
 *
 * <p>The kept points are read-only entities outside any unit of work, shared between threads that only
 * read them. At most {@code wastenet.points.keptMax} are kept; when full, the set starts afresh.
 */
@ApplicationScoped
class KeptPoints {
    /** What was read since a time: every point in it is at least as new as that time. */
    private record Kept(LocalDateTime since, Map<String, CollectionPoint> points) {
    }

    @Inject
    DirectoryChanges changes;
    @Inject
    CityClock clock;
    @Inject
    @ConfigProperty(name = "wastenet.points.commitMarginSeconds", defaultValue = "150")
    long marginSeconds;
    @Inject
    @ConfigProperty(name = "wastenet.points.keptMax", defaultValue = "10000")
    int keptMax;

    private final AtomicReference<Kept> kept = new AtomicReference<>();

    /** The points with these codes, read with {@code read} unless kept and unchanged since; unknown codes are absent. */
    Map<String, CollectionPoint> find(Collection<String> codes, Function<Collection<String>, Map<String, CollectionPoint>> read) {
        Kept k = current();
        Map<String, CollectionPoint> found = new HashMap<>();
        List<String> missing = new java.util.ArrayList<>();
        for (String code : codes) {
            CollectionPoint p = k.points().get(code);
            if (p == null) {
                missing.add(code);
            } else {
                found.put(code, p);
            }
        }
        if (!missing.isEmpty()) {
            Map<String, CollectionPoint> read1 = read.apply(missing);
            found.putAll(read1);
            if (k.points().size() + read1.size() > keptMax) {
                kept.compareAndSet(k, new Kept(k.since(), new ConcurrentHashMap<>()));
            } else {
                k.points().putAll(read1);
            }
        }
        return found;
    }

    /** The kept points, or an empty set from now when the directory changed since they were read. */
    private Kept current() {
        Kept k = kept.get();
        if (k == null || changes.since(k.since().minusSeconds(marginSeconds))) {
            Kept fresh = new Kept(clock.now(), new ConcurrentHashMap<>());
            kept.set(fresh);
            return fresh;
        }
        return k;
    }
}
