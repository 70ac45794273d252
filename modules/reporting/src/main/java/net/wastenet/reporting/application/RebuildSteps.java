package net.wastenet.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import net.wastenet.kitchen.api.TreatmentRecorded;
import net.wastenet.points.api.PointLog;
import net.wastenet.recyclables.api.ReceiptRecorded;
import net.wastenet.reporting.domain.PointLogFact;
import net.wastenet.reporting.domain.ReadModel;
import net.wastenet.reporting.domain.Rebuild;
import net.wastenet.reporting.domain.TreatmentFact;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Instance;

/**
 * The read-model rebuild's work, step by step, each in a transaction: the job's batchlets run their own,
 * the copying steps join the chunk's (a chunk's copies and its count commit together).
 */
@ApplicationScoped
public class RebuildSteps {
    @Inject
    ReadModel model;
    @Inject
    CityClock clock;
    @Inject
    jakarta.enterprise.event.Event<net.wastenet.shared.AuditRecord> audit;

    /** Queues a rebuild, unless one is queued or running already (409). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Rebuild queue(String reason, String requestedBy) {
        model.unfinishedRebuild().ifPresent(r -> {
            throw ReadModelRebuild.alreadyRunning(r);
        });
        Rebuild r = new Rebuild(reason, Instance.name(), requestedBy, clock.now());
        model.add(r);
        // answers kept before are not reused: the model they rest on is about to be emptied
        model.noteChange(IndicatorCache.FIRST_DAY, IndicatorCache.LAST_DAY, clock.now());
        model.flush();
        audit.fire(new net.wastenet.shared.AuditRecord(ReadModelRebuild.JOB, String.valueOf(r.id()), "CREATE", requestedBy, reason,
                null, ReadModelRebuild.RebuildView.of(r)));
        return r;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Rebuild> unfinished() {
        return model.unfinishedRebuild();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> requests() {
        return model.rebuildRequests();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clearRequests() {
        model.clearRebuildRequests();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean hasFacts() {
        return model.hasFacts();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void started(long id, long executionId) {
        rebuild(id).started(executionId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void entered(long id, Rebuild.Step step) {
        rebuild(id).entered(step);
    }

    /** The first step: no fact and no sum left. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clear(long id) {
        rebuild(id).entered(Rebuild.Step.CLEAR);
        model.clearFacts();
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void copyWeighings(long id, List<PointLog> logs) {
        model.copyPointLogs(logs.stream().map(e -> new PointLogFact(e.logId(), e.pointCode(), e.districtCode(), e.day(),
                e.category().name(), e.weightKg())).toList());
        rebuild(id).copied(Rebuild.Step.WEIGHINGS, logs.size());
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void copyReceipts(long id, List<ReceiptRecorded> receipts) {
        model.copyReceipts(receipts.stream().map(ReadModelFeed::fact).toList());
        rebuild(id).copied(Rebuild.Step.RECEIPTS, receipts.size());
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void copyTreatments(long id, List<TreatmentRecorded> treatments) {
        model.copyTreatments(treatments.stream().map(t -> new TreatmentFact(t.treatmentId(), t.day(), t.facilityCode(), t.inputKg(),
                t.impuritiesKg())).toList());
        rebuild(id).copied(Rebuild.Step.TREATMENTS, treatments.size());
    }

    /** The last step: each sums table recomputed from the facts (its own transaction). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sum(long id, ReadModel.Sums table, String district) {
        model.rebuildSums(table, district);
    }

    /** The migrations' requests answered, the rebuild complete. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(long id) {
        model.clearRebuildRequests();
        model.noteChange(IndicatorCache.FIRST_DAY, IndicatorCache.LAST_DAY, clock.now());
        Rebuild r = rebuild(id);
        var before = ReadModelRebuild.RebuildView.of(r);
        r.ended(true, null, clock.now());
        audit.fire(new net.wastenet.shared.AuditRecord(ReadModelRebuild.JOB, String.valueOf(id), "COMPLETE", ReadModelRebuild.JOB, null,
                before, ReadModelRebuild.RebuildView.of(r)));
    }

    /** After the job: a rebuild that did not reach its end failed (a restart resumes it). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void jobEnded(long id, String exitStatus) {
        Rebuild r = rebuild(id);
        if (r.isUnfinished()) {
            var before = ReadModelRebuild.RebuildView.of(r);
            r.ended(false, "stopped in step " + (r.step() == null ? "-" : r.step().name()) + " (" + exitStatus + ")", clock.now());
            audit.fire(new net.wastenet.shared.AuditRecord(ReadModelRebuild.JOB, String.valueOf(id), "FAIL", ReadModelRebuild.JOB,
                    r.message(), before, ReadModelRebuild.RebuildView.of(r)));
        }
    }

    private Rebuild rebuild(long id) {
        return model.rebuild(id).orElseThrow(() -> new IllegalStateException("no rebuild " + id));
    }
}
