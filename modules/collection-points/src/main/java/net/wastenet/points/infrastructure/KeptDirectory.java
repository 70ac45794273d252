package net.wastenet.points.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import net.wastenet.points.api.CommunityServed;
import net.wastenet.points.domain.DirectoryChanges;
import net.wastenet.points.domain.StatusHistory;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.WasteCategory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The directory as the coverage rate reads it (every community, and every point's district, first day, categories,
 * status history and the communities it serves), kept by the instance while the directory's change journal shows no
 * change, by the rule of {@link KeptPoints}: each question asks the journal once (one index probe) whether anything
 * was noted since the directory was read, less a margin longer than any transaction lives, so a change committed on
 * any instance is seen by the next question. A computed indicator answer for the whole city then judges its 15,000
 * communities in memory instead of reading 150,000 rows for each answer (the city's year took 1.3 s, almost all of it
 * this read).
 *
 * <p>What is kept is immutable and shared by the threads that read it; a period's activity is judged from the
 * status histories at each question, so one snapshot answers any period. Only readers ask it (indicator answers,
 * coverage drill-downs, a return's figures): no transaction that changes the directory reads it, so what is kept
 * was committed.
 */
@ApplicationScoped
class KeptDirectory {
    /** A point as coverage needs it. */
    record Point(String code, String districtCode, LocalDate activeFrom, Set<WasteCategory> categories,
                 List<StatusHistory.Entry> history) {
    }

    /** A community with the points serving it, in the order of their codes. */
    record Community(String code, String name, String districtCode, int households, LocalDate activeFrom, List<Point> serving) {
    }

    /** The directory read since a time: every community, in the order of their codes. */
    private record Snapshot(LocalDateTime since, List<Community> communities) {
    }

    @Inject
    DirectoryChanges changes;
    @Inject
    CityClock clock;
    @Inject
    @ConfigProperty(name = "wastenet.points.commitMarginSeconds", defaultValue = "150")
    long marginSeconds;

    private final AtomicReference<Snapshot> kept = new AtomicReference<>();

    /**
     * The communities in service by the period's end (in one district, or all when {@code districtCode} is null),
     * each with the points of that district (or any) in service by then that serve it, and whether each was active on
     * a day of the period.
     */
    List<CommunityServed> communitiesServed(String districtCode, DateRange period, Supplier<List<Community>> read) {
        List<CommunityServed> result = new ArrayList<>();
        for (Community c : current(read).communities()) {
            if (c.activeFrom().isAfter(period.to()) || districtCode != null && !districtCode.equals(c.districtCode())) {
                continue;
            }
            List<CommunityServed.ServingPoint> serving = new ArrayList<>(c.serving().size());
            for (Point p : c.serving()) {
                if (!p.activeFrom().isAfter(period.to()) && (districtCode == null || districtCode.equals(p.districtCode()))) {
                    serving.add(new CommunityServed.ServingPoint(p.code(), p.districtCode(), p.categories(),
                            StatusHistory.activeDuring(p.history(), period)));
                }
            }
            result.add(new CommunityServed(c.code(), c.name(), c.districtCode(), c.households(), c.activeFrom(), List.copyOf(serving)));
        }
        return result;
    }

    /** The kept directory, or the directory read afresh when it changed since (less the margin) or was never read. */
    private Snapshot current(Supplier<List<Community>> read) {
        Snapshot k = kept.get();
        if (k != null && !changes.since(k.since().minusSeconds(marginSeconds))) {
            return k;
        }
        Snapshot fresh = new Snapshot(clock.now(), List.copyOf(read.get()));
        kept.set(fresh);
        return fresh;
    }
}
