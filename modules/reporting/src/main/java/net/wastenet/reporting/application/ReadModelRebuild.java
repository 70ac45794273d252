package net.wastenet.reporting.application;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import net.wastenet.kitchen.api.TreatmentRecords;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.recyclables.api.Receipts;
import net.wastenet.reporting.domain.ReadModel;
import net.wastenet.reporting.domain.Rebuild;
import net.wastenet.shared.Actor;
import net.wastenet.shared.BusyException;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.Instance;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;

/**
 * Recomputes the read model from the modules' own records as a batch job (read-model-rebuild): the
 * facts emptied, the weighings, receipts and treatments copied a chunk at a time in id order (memory
 * does not grow with the history, and a restart resumes after the last committed chunk), then every sum
 * recomputed in the database. It must give the same figures as the incremental feed; a test proves it.
 * While a rebuild is queued or running, indicators answer 503 with Retry-After instead of figures from a
 * half-built model; records are taken as usual (the feed's facts and the copies meet once).
 */
@ApplicationScoped
public class ReadModelRebuild {
    private static final Logger LOG = Logger.getLogger(ReadModelRebuild.class.getName());
    static final String JOB = "read-model-rebuild";

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
    @Inject
    RebuildSteps steps;

    /** A rebuild as the API shows it. */
    public record RebuildView(long id, String status, String step, String reason, long weighings, long receipts, long treatments,
                              String requestedBy, OffsetDateTime requestedAt, OffsetDateTime finishedAt, String message) {
        static RebuildView of(Rebuild r) {
            return new RebuildView(r.id(), r.status().name(), r.step() == null ? null : r.step().name(), r.reason(), r.weighings(),
                    r.receipts(), r.treatments(), r.requestedBy(), CityClock.toOffset(r.requestedAt()),
                    r.finishedAt() == null ? null : CityClock.toOffset(r.finishedAt()), r.message());
        }
    }

    /** Starts a rebuild (the bureau or an administrator); one at a time. */
    public RebuildView start(Actor actor) {
        if (!actor.has(Role.ADMIN) && !actor.has(Role.BUREAU)) {
            throw new NotYoursException(null, Text.of("only the bureau or an administrator rebuilds the read model",
                    "只有市局或管理员可以重建统计数据"));
        }
        Rebuild r = steps.queue("asked for by " + actor.name(), actor.name());
        startJob(r.id());
        return view(r.id(), actor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RebuildView view(long id, Actor actor) {
        requireReader(actor);
        return model.rebuild(id).map(RebuildView::of)
                .orElseThrow(() -> new UnknownCodeException("id", Text.of("rebuild", "重建"), String.valueOf(id)));
    }

    /** The latest rebuild, if there was one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<RebuildView> latest() {
        return model.latestRebuild().map(RebuildView::of);
    }

    /**
     * Refuses to answer from the read model while it is being rebuilt (503, retry in a while), or when the
     * last rebuild failed (503 until a rebuild completes: its facts or sums are partial).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireBuilt() {
        model.latestRebuild().ifPresent(r -> {
            if (r.isUnfinished()) {
                throw new BusyException(Text.of("the read model is being rebuilt (rebuild " + r.id() + ", " + progress(r)
                        + "); ask again in a minute", "统计数据正在重建（第 " + r.id() + " 次重建，" + progress(r) + "）；请稍后再查询"), 60);
            }
            if (r.status() == Rebuild.Status.FAILED) {
                throw new BusyException(Text.of("rebuild " + r.id() + " of the read model failed (" + r.message() + "); the bureau or an "
                        + "administrator restarts it with POST /api/v1/indicators/read-model/rebuild", "第 " + r.id()
                        + " 次统计数据重建失败；请市局或管理员重新发起重建"), 300);
            }
        });
    }

    private static String progress(Rebuild r) {
        return (r.step() == null ? "queued" : r.step().name().toLowerCase()) + ", " + r.weighings() + " weighings, " + r.receipts()
                + " receipts";
    }

    /**
     * At start, without waiting for it: a rebuild this instance was running when it stopped resumes from
     * its last chunk; a database whose records predate the read model, or whose migrations changed the
     * read model's shape (they leave a rebuild request), gets one. Over empty records there is nothing to
     * copy, and a request is simply cleared.
     */
    public void startIfAsked() {
        var unfinished = steps.unfinished();
        if (unfinished.isPresent()) {
            Rebuild r = unfinished.get();
            if (Instance.name().equals(r.instance()) && !running(r)) {
                LOG.info(() -> "read-model rebuild " + r.id() + " resumes after its last chunk");
                resume(r);
            }
            return;
        }
        List<String> requests = steps.requests();
        boolean recordsExist = !points.pointLogsAfter(0, 1).isEmpty() || !receipts.recordedAfter(0, 1).isEmpty()
                || !treatments.recordedAfter(0, 1).isEmpty();
        if (!recordsExist) {
            if (!requests.isEmpty()) {
                steps.clearRequests();
            }
            return;
        }
        if (!requests.isEmpty() || !steps.hasFacts()) {
            String reason = requests.isEmpty() ? "records without a read model" : String.join("; ", requests);
            LOG.info(() -> "read model to be rebuilt at start: " + reason);
            startJob(steps.queue(reason, "startup").id());
        }
    }

    private boolean running(Rebuild r) {
        if (r.executionId() == null) {
            return false;
        }
        try {
            BatchStatus s = operator().getJobExecution(r.executionId()).getBatchStatus();
            return s == BatchStatus.STARTING || s == BatchStatus.STARTED;
        } catch (NoSuchJobExecutionException e) {
            return false;
        }
    }

    private void resume(Rebuild r) {
        try {
            if (r.executionId() == null) {
                startJob(r.id());
            } else {
                operator().restart(r.executionId(), parameters(r.id()));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "read-model rebuild " + r.id() + " could not be resumed; starting it over", e);
            startJob(r.id());
        }
    }

    private void startJob(long id) {
        operator().start(JOB, parameters(id));
    }

    private static Properties parameters(long id) {
        Properties p = new Properties();
        p.setProperty("rebuildId", String.valueOf(id));
        return p;
    }

    private static void requireReader(Actor actor) {
        if (!actor.has(Role.ADMIN) && !actor.has(Role.BUREAU)) {
            throw new NotYoursException(null, Text.of("only the bureau or an administrator sees read-model rebuilds",
                    "只有市局或管理员可以查看统计数据重建"));
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** A rebuild already queued or running (409). */
    static ConflictException alreadyRunning(Rebuild r) {
        return new ConflictException(null, Text.of("rebuild " + r.id() + " is " + r.status().name().toLowerCase()
                + "; one rebuild at a time", "第 " + r.id() + " 次重建正在进行；同一时间只能有一次重建"));
    }
}
