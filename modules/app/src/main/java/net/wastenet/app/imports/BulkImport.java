package net.wastenet.app.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import net.wastenet.shared.RecordImport;

/**
 * A CSV file being (or having been) imported by the bulk-import job: what it is, who sent it, and how
 * far the job has come. {@link #chunkDone} is called in the transaction that stores the chunk's records,
 * so its counts are exact after any crash; each of its partitions ({@link ImportPartition}) keeps the line to resume from.
 */
@Entity
@Table(schema = "imports", name = "bulk_import")
public class BulkImport {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_seq")
    @SequenceGenerator(name = "import_seq", schema = "imports", sequenceName = "import_seq", allocationSize = 50)
    private Long id;
    @Column(name = "record_type", updatable = false)
    private String recordType;
    @Column(name = "file_name", updatable = false)
    private String fileName;
    @Column(name = "file_path", updatable = false)
    private String filePath;
    @Column(name = "file_bytes", updatable = false)
    private long fileBytes;
    @Column(name = "file_sha256", updatable = false)
    private String fileSha256;
    @Column(name = "total_rows", updatable = false)
    private long totalRows;
    @Column(name = "client_key", updatable = false)
    private String clientKey;
    @Column(name = "chunk_size", updatable = false)
    private Integer chunkSize;
    private Integer partitions;
    @Column(name = "submitted_by", updatable = false)
    private String submittedBy;
    @Column(name = "submitter_roles", updatable = false)
    private String submitterRoles;
    @Column(name = "submitted_at", updatable = false)
    private LocalDateTime submittedAt;
    @Column(updatable = false)
    private String instance;
    @Column(name = "job_instance_id")
    private Long jobInstanceId;
    @Column(name = "last_execution")
    private Long lastExecution;
    private int executions;
    @Column(name = "last_line")
    private long lastLine;
    @Column(name = "rows_done")
    private long rowsDone;
    private long accepted;
    @Column(name = "already_stored")
    private long alreadyStored;
    @Column(name = "rejected_rows")
    private long rejectedRows;
    @Column(name = "started_at")
    private LocalDateTime startedAt;
    @Column(name = "finished_at")
    private LocalDateTime finishedAt;
    private boolean completed;
    @Column(name = "file_removed_at")
    private LocalDateTime fileRemovedAt;
    @Version
    private long version;

    protected BulkImport() {
    }

    /** A file received and stored on disk, its header checked and its rows counted; the job not yet started. */
    public BulkImport(String recordType, String fileName, String filePath, long fileBytes, String fileSha256, long totalRows,
                      String clientKey, Integer chunkSize, String submittedBy, String submitterRoles, LocalDateTime submittedAt,
                      String instance) {
        this.recordType = recordType;
        this.fileName = fileName;
        this.filePath = filePath;
        this.fileBytes = fileBytes;
        this.fileSha256 = fileSha256;
        this.totalRows = totalRows;
        this.clientKey = clientKey;
        this.chunkSize = chunkSize;
        this.submittedBy = submittedBy;
        this.submitterRoles = submitterRoles;
        this.submittedAt = submittedAt;
        this.instance = instance;
    }

    /** A run of the job has begun (the first, or a restart after a stop, failure or crash). */
    void executionStarted(long executionId, long jobInstance, LocalDateTime now) {
        this.lastExecution = executionId;
        this.jobInstanceId = jobInstance;
        this.executions++;
        if (startedAt == null) {
            startedAt = now;
        }
        finishedAt = null;
    }

    /**
     * A chunk of rows is stored, in the same transaction as its records: counted. {@code line} is the
     * chunk's last line; {@link #lastLine()} is the furthest any partition has come (each partition keeps
     * its own resume line, {@link ImportPartition}).
     */
    void chunkDone(long line, int rows, RecordImport.Outcome outcome) {
        lastLine = Math.max(lastLine, line);
        rowsDone += rows;
        accepted += outcome.accepted();
        alreadyStored += outcome.alreadyStored();
        rejectedRows += outcome.rejected().stream().mapToLong(RecordImport.Rejection::line).distinct().count();
    }

    void completed(LocalDateTime now) {
        completed = true;
        finishedAt = now;
    }

    void ended(LocalDateTime now) {
        if (!completed) {
            finishedAt = now;
        }
    }

    /** Share of the file's rows done, 0 to 100. */
    public double percent() {
        return totalRows == 0 ? 100.0 : Math.floor(1000.0 * rowsDone / totalRows) / 10.0;
    }

    public long id() {
        return id;
    }

    public String recordType() {
        return recordType;
    }

    public String fileName() {
        return fileName;
    }

    public String filePath() {
        return filePath;
    }

    public long fileBytes() {
        return fileBytes;
    }

    public String fileSha256() {
        return fileSha256;
    }

    public long totalRows() {
        return totalRows;
    }

    /** How many partitions load it: fixed at its first run, kept for its restarts (null before). */
    public Integer partitions() {
        return partitions;
    }

    /** Fixes the partitions at the first run; a restart keeps them, so each row stays with its partition. */
    void planPartitions(int count) {
        if (partitions == null) {
            partitions = count;
        }
    }

    /** The rows per transaction its submitter chose, or null for the server's setting. */
    public Integer chunkSize() {
        return chunkSize;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String submitterRoles() {
        return submitterRoles;
    }

    public LocalDateTime submittedAt() {
        return submittedAt;
    }

    public String instance() {
        return instance;
    }

    public Long lastExecution() {
        return lastExecution;
    }

    public int executions() {
        return executions;
    }

    public long lastLine() {
        return lastLine;
    }

    public long rowsDone() {
        return rowsDone;
    }

    public long accepted() {
        return accepted;
    }

    public long alreadyStored() {
        return alreadyStored;
    }

    public long rejectedRows() {
        return rejectedRows;
    }

    public LocalDateTime startedAt() {
        return startedAt;
    }

    public LocalDateTime finishedAt() {
        return finishedAt;
    }

    /** Its file was removed from disk (kept a number of days after completion); null while kept. */
    public LocalDateTime fileRemovedAt() {
        return fileRemovedAt;
    }

    void fileRemoved(LocalDateTime now) {
        fileRemovedAt = now;
    }

    public boolean isCompleted() {
        return completed;
    }
}
