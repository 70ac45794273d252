package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.logging.Logger;
import net.wastenet.kitchen.api.TreatmentRecords;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.recyclables.api.Receipts;
import net.wastenet.reporting.domain.PointLogFact;
import net.wastenet.reporting.domain.ReadModel;
import net.wastenet.reporting.domain.TreatmentFact;
import net.wastenet.shared.Actor;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;

/**
 * Recomputes the read model from the modules' own records, in one transaction. It must give the
 * same figures as the incremental feed; a test proves it.
 */
@ApplicationScoped
@Transactional
public class ReadModelRebuild {
    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class.getName());
    static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

    @Inject
    ReadModel model;
    @Inject
    PointDirectory points;
    @Inject
    Receipts receipts;
    @Inject
    TreatmentRecords treatments;
    @Inject
    CityClock clock;

    /** What a rebuild stored. */
    public record Rebuilt(long receipts, long treatments, long pointLogs) {
    }

    public Rebuilt rebuild(Actor actor) {
        if (!actor.has(Role.ADMIN) && !actor.has(Role.BUREAU)) {
            throw new NotYoursException(null, Text.of("only the bureau or an administrator rebuilds the read model",
                    "只有市局或管理员可以重建统计数据"));
        }
        long started = System.nanoTime();
        DateRange all = new DateRange(BEGINNING, clock.today().plusDays(1));
        model.clearFacts();
        model.flush();
        var r = receipts.recordedIn(all);
        r.forEach(e -> model.add(ReadModelFeed.fact(e)));
        var t = treatments.recordedIn(all);
        t.forEach(e -> model.add(new TreatmentFact(e.treatmentId(), e.day(), e.facilityCode(), e.inputKg(), e.impuritiesKg())));
        var k = points.pointLogs(all);
        model.addPointLogs(k.stream()
                .map(e -> new PointLogFact(e.logId(), e.pointCode(), e.districtCode(), e.day(), e.category().name(), e.weightKg())).toList());
        model.flush();
        model.rebuildPointDays();
        model.clearRebuildRequests();
        model.flush();
        LOG.info(String.format("read model rebuilt: %d receipts, %d treatments, %d station weighings in %.1f s",
                r.size(), t.size(), k.size(), (System.nanoTime() - started) / 1e9));
        return new Rebuilt(r.size(), t.size(), k.size());
    }

    /**
     * At start: a database whose records predate the read model gets it built once, and so does one
     * whose migrations changed the read model's shape (they leave a rebuild request). With no facts
     * there is nothing to lose, and a rebuild over empty sources costs three empty queries.
     */
    public void rebuildIfEmpty() {
        if (model.factCount() == 0 || model.rebuildRequested()) {
            rebuild(Actor.system("startup"));
        }
    }
}
