package net.wastenet.app.imports;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import net.wastenet.app.access.Scopes;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Codes;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.Idempotency;
import net.wastenet.shared.InvalidInputException;
import net.wastenet.shared.NotYoursException;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.Problems;
import net.wastenet.shared.RecordImport;
import net.wastenet.shared.Role;
import net.wastenet.shared.Text;
import net.wastenet.shared.UnknownCodeException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bulk imports: a CSV file is received and kept on disk, then loaded by the {@code bulk-import}
 * Jakarta Batch job in chunks. The desk starts, stops and restarts the job and answers its progress;
 * after a crash it resumes, at start-up, the imports this instance had received.
 */
@ApplicationScoped
public class ImportDesk {
    static final String JOB = "bulk-import";
    static final int MAX_CHUNK = 5000;
    private static final Set<String> ENDED = Set.of("COMPLETED", "FAILED", "STOPPED");
    private static final Logger LOG = Logger.getLogger(ImportDesk.class.getName());
    private static final Text IMPORT = Text.of("import", "导入");

    @Inject
    @Any
    Instance<RecordImport> types;
    @Inject
    ImportLedger ledger;
    @Inject
    Scopes scopes;
    @Inject
    CityClock clock;
    @Inject
    @ConfigProperty(name = "wastenet.imports.dir")
    Optional<String> configuredDir;
    @Inject
    @ConfigProperty(name = "wastenet.imports.chunk-size", defaultValue = "1000")
    int chunkSize;
    /** The bytes of import files a user may have kept on disk at once (files of imports not yet removed). */
    @Inject
    @ConfigProperty(name = "wastenet.imports.quotaBytesPerUser", defaultValue = "4294967296")
    long quotaBytes;
    /** Days a completed import's file is kept before it is removed (0: at completion). */
    @Inject
    @ConfigProperty(name = "wastenet.imports.keepDays", defaultValue = "7")
    int keepDays;

    /** An import as the API shows it. */
    public record ImportView(long id, String recordType, String fileName, String status, long totalRows, long rowsDone,
                             double percent, long accepted, long alreadyStored, long rejectedRows, int runs, String submittedBy,
                             OffsetDateTime submittedAt, OffsetDateTime startedAt, OffsetDateTime finishedAt) {
    }

    /** The answer to a submit: the import, and whether this call created it (false: a retry with the same client key). */
    public record Submitted(ImportView view, boolean created) {
    }

    /** A refused row as the API shows it, in the reader's language. */
    public record RejectionView(long line, String field, String message) {
    }

    /** A record type and the header its files must have. */
    public record RecordTypeView(String recordType, List<String> header) {
    }

    public List<RecordTypeView> recordTypes() {
        return types.stream().map(t -> new RecordTypeView(t.recordType(), t.header()))
                .sorted(Comparator.comparing(RecordTypeView::recordType)).toList();
    }

    RecordImport type(String name) {
        return types.stream().filter(t -> t.recordType().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("recordType", Text.of(
                        "must be one of " + names(), "必须是以下之一：" + names())));
    }

    private String names() {
        return types.stream().map(RecordImport::recordType).sorted().collect(Collectors.joining(", "));
    }

    /** The submitter as the job acts for them: their roles when they sent the file, their scope as it is now. */
    Actor actorOf(BulkImport b) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : b.submitterRoles().split(",")) {
            if (!r.isBlank()) {
                roles.add(Role.valueOf(r));
            }
        }
        Scopes.Scope scope = scopes.of(b.submittedBy());
        return new Actor(b.submittedBy(), roles, scope.points(), scope.districts(), scope.haulers(), scope.facilities());
    }

    /**
     * Keeps the file on disk (forced to the disk before the answer), records the import and starts its
     * job. A retry with the same client key and the same file answers the first import; with another file, 409.
     */
    public Submitted submit(String recordType, String fileName, String clientKey, Integer rowsPerChunk, InputStream body,
                            Actor actor) {
        Problems p = new Problems();
        if (rowsPerChunk != null) {
            p.require(rowsPerChunk >= 1 && rowsPerChunk <= MAX_CHUNK, "chunkSize", "must be 1 to " + MAX_CHUNK,
                    "必须在 1 到 " + MAX_CHUNK + " 之间");
        }
        p.require(recordType != null, "recordType", "is required: one of " + names(), "为必填项：" + names() + " 之一");
        Codes.checkClientKey(clientKey, "clientKey", p);
        String name = fileName == null || fileName.isBlank() ? "import.csv" : fileName.strip();
        Codes.checkText(name, 255, "fileName", p);
        p.throwIfAny();
        RecordImport type = type(recordType);
        if (!type.mayImport(actor)) {
            throw new NotYoursException("recordType", Text.of("you may not import " + recordType,
                    "您无权导入 " + recordType));
        }
        removeFilesOfFinishedImports();
        long used = ledger.keptBytes(actor.name());
        ImportFiles.Stored file = ImportFiles.receive(withinQuota(body, used), dir(), type.header());
        Optional<BulkImport> earlier = clientKey == null ? Optional.empty() : ledger.byClientKey(actor.name(), clientKey);
        if (earlier.isPresent()) {
            ImportFiles.delete(file.path());
            return new Submitted(view(sameFileOrConflict(earlier.get(), file, clientKey, actor)), false);
        }
        BulkImport b = new BulkImport(recordType, name, file.path().toString(), file.bytes(), file.sha256(), file.rows(),
                clientKey, rowsPerChunk, actor.name(), actor.roles().stream().map(Role::name).sorted().collect(Collectors.joining(",")),
                clock.now(), instance());
        try {
            ledger.add(b, actor, new AuditedImport(recordType, name, file.bytes(), file.sha256(), file.rows()), quotaBytes, this::overQuota);
        } catch (RuntimeException e) {
            ImportFiles.delete(file.path());
            if (clientKey != null && Idempotency.isUniqueViolation(e)) {
                return new Submitted(view(sameFileOrConflict(ledger.byClientKey(actor.name(), clientKey).orElseThrow(), file, clientKey, actor)),
                        false);
            }
            throw e;
        }
        // recorded: from here the file stays, and an import whose job did not start is started at the next start-up
        start(b.id());
        return new Submitted(view(ledger.find(b.id()).orElseThrow()), true);
    }

    /**
     * The body, refused (413) as soon as it would take the submitter's kept files beyond their quota
     * ({@code wastenet.imports.quotaBytesPerUser}): the files of their imports not yet removed count.
     */
    private net.wastenet.app.problems.PayloadTooLargeException overQuota(long used) {
        return new net.wastenet.app.problems.PayloadTooLargeException(quotaBytes, Text.of(
                "would take your import files kept on the server beyond your quota of " + quotaBytes + " bytes (" + used
                        + " used); files are removed " + keepDays + " days after their import completed",
                "将使您保存在服务器上的导入文件超过配额 " + quotaBytes + " 字节（已用 " + used + "）；导入完成 " + keepDays + " 天后文件会被删除"));
    }

    private InputStream withinQuota(InputStream body, long used) {
        long left = Math.max(0, quotaBytes - used);
        net.wastenet.app.problems.PayloadTooLargeException over = overQuota(used);
        return new java.io.FilterInputStream(body) {
            private long read;

            @Override
            public int read() throws java.io.IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws java.io.IOException {
                int n = super.read(buf, off, len);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > left) {
                    throw over;
                }
            }
        };
    }

    /**
     * Removes the files of imports completed more than {@code wastenet.imports.keepDays} ago (asked at each
     * submit, at start-up and when an import completes): a completed import never reads its file again.
     */
    public void removeFilesOfFinishedImports() {
        for (BulkImport b : ledger.filesToRemove(clock.now().minusDays(keepDays).plusSeconds(keepDays == 0 ? 1 : 0))) {
            try {
                java.nio.file.Files.deleteIfExists(Path.of(b.filePath()));
                ledger.fileRemoved(b.id());
            } catch (java.io.IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "import " + b.id() + ": its file " + b.filePath() + " could not be removed", e);
            }
        }
    }

    /** What the audit trail keeps of a submitted file. */
    public record AuditedImport(String recordType, String fileName, long bytes, String sha256, long rows) {
    }

    private static BulkImport sameFileOrConflict(BulkImport earlier, ImportFiles.Stored file, String clientKey, Actor actor) {
        if (!earlier.fileSha256().equals(file.sha256())) {
            throw ConflictException.clientKeyReused(clientKey);
        }
        return earlier;
    }

    public ImportView find(long id, Actor actor) {
        return view(readable(id, actor));
    }

    /** The caller's imports; the bureau and administrators see everyone's. */
    public Page<ImportView> list(PageRequest page, Actor actor) {
        return ledger.list(actor.readsEverything() ? null : actor.name(), page).map(this::view);
    }

    public Page<RejectionView> rejections(long id, PageRequest page, Locale locale, Actor actor) {
        readable(id, actor);
        return ledger.rejections(id, page).map(r -> new RejectionView(r.line(), r.field(),
                Text.of(r.messageEn(), r.messageZh()).in(locale)));
    }

    /** Stops a running import after its current chunk (its submitter or an administrator); restart resumes it. */
    public ImportView stop(long id, Actor actor) {
        BulkImport b = controllable(id, actor);
        String status = status(b);
        if (!"RUNNING".equals(status) && !"QUEUED".equals(status)) {
            throw new ConflictException("id", Text.of("import " + id + " is " + status + ", not running",
                    "导入 " + id + " 当前为 " + status + "，未在运行"));
        }
        operator().stop(b.lastExecution());
        audit(id, "STOP", actor);
        return view(ledger.find(id).orElseThrow());
    }

    /** Restarts a stopped or failed import from its last committed chunk (its submitter or an administrator). */
    public ImportView restart(long id, Actor actor) {
        BulkImport b = controllable(id, actor);
        String status = status(b);
        if (!"STOPPED".equals(status) && !"FAILED".equals(status)) {
            throw new ConflictException("id", Text.of("import " + id + " is " + status + "; only a stopped or failed import restarts",
                    "导入 " + id + " 当前为 " + status + "；只有已停止或失败的导入可以重新开始"));
        }
        resume(b);
        audit(id, "RESTART", actor);
        return view(ledger.find(id).orElseThrow());
    }

    /**
     * At start-up: every import this instance received and had not completed (the server stopped or
     * crashed under it) resumes from its last committed chunk. Imports stopped on purpose stay stopped.
     */
    public void resumeInterrupted() {
        removeFilesOfFinishedImports();
        for (BulkImport b : ledger.unfinished(instance())) {
            try {
                String status = status(b);
                if ("FAILED".equals(status) || "QUEUED".equals(status) && b.lastExecution() == null) {
                    LOG.info(() -> "import " + b.id() + " (" + b.recordType() + ", " + b.fileName() + ") resumes: "
                            + b.rowsDone() + " of " + b.totalRows() + " rows done");
                    resume(b);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "import " + b.id() + " could not be resumed; POST /api/v1/imports/" + b.id()
                        + "/restart resumes it", e);
            }
        }
    }

    private void resume(BulkImport b) {
        if (b.lastExecution() == null) {
            start(b.id());
        } else {
            operator().restart(b.lastExecution(), parameters(b.id()));
        }
    }

    private void start(long id) {
        operator().start(JOB, parameters(id));
    }

    private Properties parameters(long id) {
        Integer chosen = ledger.find(id).orElseThrow().chunkSize();
        Properties p = new Properties();
        p.setProperty("importId", String.valueOf(id));
        p.setProperty("chunkSize", String.valueOf(chosen == null ? chunkSize : chosen));
        return p;
    }

    /**
     * Waits until an import has ended (COMPLETED, FAILED or STOPPED) or the time is up, and answers it as
     * it then stands: the synchronous import is the bulk import, waited for.
     */
    public ImportView awaitEnd(long id, Duration atMost, Actor actor) {
        long deadline = System.nanoTime() + atMost.toNanos();
        ImportView v = find(id, actor);
        while (!ENDED.contains(v.status()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            v = find(id, actor);
        }
        return v;
    }

    /** Every refused row of an import, in line order (for the synchronous answer: a file small enough to wait for). */
    public List<RejectionView> allRejections(long id, Locale locale, Actor actor) {
        List<RejectionView> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<RejectionView> some = rejections(id, new PageRequest(page, PageRequest.MAX_SIZE), locale, actor);
            all.addAll(some.items());
            if (some.items().size() < PageRequest.MAX_SIZE) {
                return all;
            }
        }
    }

    private void audit(long id, String action, Actor actor) {
        ledger.audit(AuditRecord.changed("bulk-import", id, action, actor, null, null, view(ledger.find(id).orElseThrow())));
    }

    private BulkImport readable(long id, Actor actor) {
        BulkImport b = ledger.find(id).orElseThrow(() -> new UnknownCodeException("id", IMPORT, String.valueOf(id)));
        if (!actor.readsEverything() && !b.submittedBy().equals(actor.name())) {
            throw new NotYoursException("id", Text.of("import " + id + " is not yours", "导入 " + id + " 不属于您"));
        }
        return b;
    }

    private BulkImport controllable(long id, Actor actor) {
        BulkImport b = readable(id, actor);
        if (!actor.has(Role.ADMIN) && !b.submittedBy().equals(actor.name())) {
            throw new NotYoursException("id", Text.of("only its submitter or an administrator controls import " + id,
                    "只有提交者或管理员可以控制导入 " + id));
        }
        return b;
    }

    ImportView view(BulkImport b) {
        return new ImportView(b.id(), b.recordType(), b.fileName(), status(b), b.totalRows(), b.rowsDone(), b.percent(),
                b.accepted(), b.alreadyStored(), b.rejectedRows(), b.executions(), b.submittedBy(), offset(b.submittedAt()),
                offset(b.startedAt()), offset(b.finishedAt()));
    }

    /** QUEUED, RUNNING, STOPPING, STOPPED, FAILED or COMPLETED: the job's latest run as the batch runtime knows it. */
    String status(BulkImport b) {
        if (b.isCompleted()) {
            return "COMPLETED";
        }
        if (b.lastExecution() == null) {
            return "QUEUED";
        }
        BatchStatus s;
        try {
            s = operator().getJobExecution(b.lastExecution()).getBatchStatus();
        } catch (NoSuchJobExecutionException e) {
            return "FAILED";
        }
        return switch (s) {
            case STARTING -> "QUEUED";
            case STARTED -> "RUNNING";
            case STOPPING -> "STOPPING";
            case STOPPED -> "STOPPED";
            case COMPLETED -> "COMPLETED";
            case FAILED, ABANDONED -> "FAILED";
        };
    }

    private static OffsetDateTime offset(java.time.LocalDateTime t) {
        return t == null ? null : CityClock.toOffset(t);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private Path dir() {
        return Path.of(configuredDir.orElseGet(() -> System.getProperty("server.output.dir", ".") + "/data/imports"));
    }

    /** This server: imports it received are resumed by it. */
    static String instance() {
        return net.wastenet.shared.Instance.name();
    }
}
