package net.wastenet.app.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.wastenet.shared.Actor;
import net.wastenet.shared.AuditRecord;
import net.wastenet.shared.CityClock;
import net.wastenet.shared.Page;
import net.wastenet.shared.PageRequest;
import net.wastenet.shared.RecordImport;

/**
 * The imports' tables: each import's progress and its refused rows. Called by the job inside the
 * transaction of the chunk it describes ({@link #chunkDone} joins it), and by the desk in transactions of its own.
 */
@ApplicationScoped
@Transactional
public class ImportLedger {
    @PersistenceContext(unitName = "access")
    EntityManager em;
    @Inject
    CityClock clock;
    @Inject
    Event<AuditRecord> audit;
    @Inject
    net.wastenet.app.metrics.ImportMetrics importMetrics;

    /**
     * Records the import if its file fits the submitter's quota, under the quota lock ({@link ImportQuota}): two
     * uploads at once are recorded one after the other, the second counting the first; {@code over} is thrown otherwise.
     */
    public BulkImport add(BulkImport b, Actor actor, Object audited, long quotaBytes, java.util.function.LongFunction<RuntimeException> over) {
        em.createNativeQuery(ImportQuota.LOCK).getResultList();
        long kept = ((Number) em.createNativeQuery(ImportQuota.KEPT).setParameter(1, b.submittedBy()).getSingleResult()).longValue();
        if (!ImportQuota.fits(kept, b.fileBytes(), quotaBytes)) {
            throw over.apply(kept);
        }
        return add(b, actor, audited);
    }

    public BulkImport add(BulkImport b, Actor actor, Object audited) {
        em.persist(b);
        em.flush();
        audit.fire(AuditRecord.created("bulk-import", b.id(), actor, audited));
        return b;
    }

    public void audit(AuditRecord record) {
        audit.fire(record);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BulkImport> find(long id) {
        return Optional.ofNullable(em.find(BulkImport.class, id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /** A submitter's import with this client key (a key is unique per submitter). */
    public Optional<BulkImport> byClientKey(String submitter, String key) {
        return em.createQuery("select b from BulkImport b where b.clientKey = :k and b.submittedBy = :who", BulkImport.class)
                .setParameter("k", key).setParameter("who", submitter).getResultStream().findFirst();
    }

    public void executionStarted(long id, long executionId, long jobInstanceId) {
        em.find(BulkImport.class, id, LockModeType.PESSIMISTIC_WRITE).executionStarted(executionId, jobInstanceId, clock.now());
    }

    /**
     * Records a chunk: the last line it covers, its counts and each refused row. Runs in the chunk's
     * transaction, with the records the chunk stored: both are kept, or neither.
     */
    public void chunkDone(long id, int partition, long lastLine, int rows, RecordImport.Outcome outcome) {
        em.find(ImportPartition.class, new ImportPartition.Key(id, partition)).chunkDone(lastLine);
        Map<Long, Integer> ordinals = new HashMap<>();
        for (RecordImport.Rejection r : outcome.rejected()) {
            int ordinal = ordinals.merge(r.line(), 1, Integer::sum);
            em.persist(new ImportRejection(id, r.line(), ordinal, r.field(), r.message().en(), r.message().zh()));
        }
        // the counts are the whole import's: partitions add to them one at a time, each just before its commit
        BulkImport b = em.find(BulkImport.class, id, LockModeType.PESSIMISTIC_WRITE);
        b.chunkDone(lastLine, rows, outcome);
        importMetrics.chunkDone(b.recordType(), rows);
    }

    /**
     * The import's partitions: those fixed at its first run, or {@code count} now for a first run, each
     * with its resume line. Answers how many there are.
     */
    public int planPartitions(long id, int count) {
        BulkImport b = em.find(BulkImport.class, id, LockModeType.PESSIMISTIC_WRITE);
        b.planPartitions(count);
        for (int i = 0; i < b.partitions(); i++) {
            if (em.find(ImportPartition.class, new ImportPartition.Key(id, i)) == null) {
                em.persist(new ImportPartition(id, i));
            }
        }
        return b.partitions();
    }

    /** The line after which a partition resumes: its last committed line (1, the header, before any). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long resumeLine(long id, int partition) {
        ImportPartition p = em.find(ImportPartition.class, new ImportPartition.Key(id, partition));
        return p == null ? 1 : p.lastLine();
    }

    public void completed(long id) {
        em.find(BulkImport.class, id).completed(clock.now());
    }

    public void ended(long id) {
        em.find(BulkImport.class, id).ended(clock.now());
    }

    /** Imports newest first: everyone's ({@code submittedBy} null) or one user's. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<BulkImport> list(String submittedBy, PageRequest page) {
        String where = submittedBy == null ? "" : " where b.submittedBy = :u";
        var q = em.createQuery("select b from BulkImport b" + where + " order by b.id desc", BulkImport.class);
        var c = em.createQuery("select count(b) from BulkImport b" + where, Long.class);
        if (submittedBy != null) {
            q.setParameter("u", submittedBy);
            c.setParameter("u", submittedBy);
        }
        return new Page<>(q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), c.getSingleResult());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ImportRejection> rejections(long id, PageRequest page) {
        List<ImportRejection> items = em.createQuery("select r from ImportRejection r where r.importId = :id order by r.line, r.ordinal",
                ImportRejection.class).setParameter("id", id).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(r) from ImportRejection r where r.importId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        return new Page<>(items, total);
    }

    /** The bytes of a user's import files still kept on disk: what counts against their quota. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long keptBytes(String submitter) {
        Long sum = em.createQuery("select sum(b.fileBytes) from BulkImport b where b.submittedBy = :u and b.fileRemovedAt is null", Long.class)
                .setParameter("u", submitter).getSingleResult();
        return sum == null ? 0 : sum;
    }

    /** Completed imports finished before {@code cutoff} whose files are still kept: theirs to remove. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BulkImport> filesToRemove(java.time.LocalDateTime cutoff) {
        return em.createQuery("select b from BulkImport b where b.completed = true and b.fileRemovedAt is null and b.finishedAt < :c",
                BulkImport.class).setParameter("c", cutoff).setMaxResults(1000).getResultList();
    }

    public void fileRemoved(long id) {
        em.find(BulkImport.class, id).fileRemoved(clock.now());
    }

    /** Imports this instance received that have not completed: to resume after a restart. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<BulkImport> unfinished(String instance) {
        return em.createQuery("select b from BulkImport b where b.instance = :i and b.completed = false order by b.id",
                BulkImport.class).setParameter("i", instance).getResultList();
    }
}
