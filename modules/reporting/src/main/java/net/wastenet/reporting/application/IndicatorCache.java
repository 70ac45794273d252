package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.reporting.domain.ReadModel;
import net.wastenet.shared.CityClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Indicator answers an instance computed, kept until something they rest on changes: the facts of a day
 * of their period (reporting.fact_change), the definition sets, a rebuild, or the point directory
 * (points.directory_change). Before an answer is reused, the two journals are asked whether anything
 * changed since a margin before it was computed: a transaction noted its change before it committed, and
 * the margin (longer than any transaction lives) covers the time between the two, so an answer is never
 * reused past a change committed by this or any other instance. Answers older than {@code keepSeconds}
 * are computed again (the journals keep an hour).
 */
@ApplicationScoped
public class IndicatorCache {
    /** The first and last days a change of everything covers (a definition set, a rebuild). */
    public static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    public static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    private static final int MAX_ANSWERS = 5000;

    @Inject
    ReadModel model;
    @Inject
    PointDirectory points;
    @Inject
    CityClock clock;
    @Inject
    @ConfigProperty(name = "wastenet.indicators.keepSeconds", defaultValue = "1800")
    long keepSeconds;
    @Inject
    @ConfigProperty(name = "wastenet.indicators.commitMarginSeconds", defaultValue = "150")
    long marginSeconds;

    private final Map<Key, Kept> answers = new ConcurrentHashMap<>();

    /** What an answer is for: a scope (a district, CITY, or a shape such as "districts") and a period. */
    public record Key(String scope, LocalDate from, LocalDate to) {
    }

    private record Kept(Object answer, LocalDateTime computedAt) {
    }

    /** The kept answer if nothing it rests on changed since, otherwise a new one (kept). */
    @SuppressWarnings("unchecked")
    public <T> T answer(Key key, Supplier<T> compute) {
        Kept kept = answers.get(key);
        LocalDateTime now = clock.now();
        if (kept != null && kept.computedAt().isAfter(now.minusSeconds(keepSeconds))) {
            LocalDateTime since = kept.computedAt().minusSeconds(marginSeconds);
            if (!model.changedSince(since, key.from(), key.to()) && !points.changedSince(since)) {
                return (T) kept.answer();
            }
        }
        T answer = compute.get();
        if (answers.size() >= MAX_ANSWERS) {
            answers.clear();
        }
        answers.put(key, new Kept(answer, now));
        return answer;
    }
}
