package net.wastenet.reporting.application;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import net.wastenet.kitchen.api.TreatmentRecorded;
import net.wastenet.kitchen.api.TreatmentRecords;
import net.wastenet.points.api.PointDirectory;
import net.wastenet.points.api.PointLog;
import net.wastenet.recyclables.api.ReceiptRecorded;
import net.wastenet.recyclables.api.Receipts;
import net.wastenet.reporting.domain.ReadModel;
import net.wastenet.reporting.domain.Rebuild;

/** The batch artifacts of the read-model-rebuild job (META-INF/batch-jobs/read-model-rebuild.xml). */
public final class RebuildBatch {
    private RebuildBatch() {
    }

    /** Notes the job's execution on the rebuild when it starts, and a failure when it ends short of its last step. */
    @Named("rebuildJobListener")
    @Dependent
    public static class Listener implements JobListener {
        @Inject
        @BatchProperty(name = "rebuildId")
        String rebuildId;
        @Inject
        JobContext job;
        @Inject
        RebuildSteps steps;

        @Override
        public void beforeJob() {
            steps.started(Long.parseLong(rebuildId), job.getExecutionId());
        }

        @Override
        public void afterJob() {
            steps.jobEnded(Long.parseLong(rebuildId), String.valueOf(job.getExitStatus()));
        }
    }

    @Named("rebuildClear")
    @Dependent
    public static class Clear extends AbstractBatchlet {
        @Inject
        @BatchProperty(name = "rebuildId")
        String rebuildId;
        @Inject
        RebuildSteps steps;

        @Override
        public String process() {
            steps.clear(Long.parseLong(rebuildId));
            return "CLEARED";
        }
    }

    @Named("rebuildSums")
    @Dependent
    public static class Sums extends AbstractBatchlet {
        @Inject
        @BatchProperty(name = "rebuildId")
        String rebuildId;
        @Inject
        RebuildSteps steps;
        @Inject
        PointDirectory points;

        @Override
        public String process() {
            long id = Long.parseLong(rebuildId);
            steps.entered(id, Rebuild.Step.SUMS);
            for (ReadModel.Sums table : ReadModel.Sums.values()) {
                if (table == ReadModel.Sums.POINT_DAY || table == ReadModel.Sums.KITCHEN_MONTH) {
                    // a transaction a district: a city-year's point sums in one would outlive the transaction timeout
                    for (var district : points.districts()) {
                        steps.sum(id, table, district.code());
                    }
                } else {
                    steps.sum(id, table, null);
                }
            }
            steps.complete(id);
            return "COMPLETED";
        }
    }

    /**
     * Reads one kind of record (property {@code records}: WEIGHINGS, RECEIPTS or TREATMENTS) from its
     * module, a page at a time in id order; the checkpoint is the last id read, so a restart goes on after
     * the last committed chunk and memory holds one page whatever the history's size.
     */
    @Named("rebuildReader")
    @Dependent
    public static class Reader extends AbstractItemReader {
        @Inject
        @BatchProperty(name = "rebuildId")
        String rebuildId;
        @Inject
        @BatchProperty(name = "records")
        String records;
        @Inject
        @BatchProperty(name = "page")
        String page;
        @Inject
        RebuildSteps steps;
        @Inject
        PointDirectory points;
        @Inject
        Receipts receipts;
        @Inject
        TreatmentRecords treatments;

        private final Deque<Object> buffer = new ArrayDeque<>();
        private long lastId;
        private boolean exhausted;

        @Override
        public void open(Serializable checkpoint) {
            lastId = checkpoint instanceof Long id ? id : 0L;
            steps.entered(Long.parseLong(rebuildId), Rebuild.Step.valueOf(records));
        }

        @Override
        public Object readItem() {
            if (buffer.isEmpty() && !exhausted) {
                int size = page == null ? 5000 : Integer.parseInt(page);
                List<?> next = switch (Rebuild.Step.valueOf(records)) {
                    case WEIGHINGS -> points.pointLogsAfter(lastId, size);
                    case RECEIPTS -> receipts.recordedAfter(lastId, size);
                    case TREATMENTS -> treatments.recordedAfter(lastId, size);
                    default -> throw new IllegalArgumentException(records + " are not copied");
                };
                exhausted = next.size() < size;
                buffer.addAll(next);
            }
            Object item = buffer.poll();
            if (item != null) {
                lastId = idOf(item);
            }
            return item;
        }

        @Override
        public Serializable checkpointInfo() {
            return lastId;
        }

        private static long idOf(Object item) {
            if (item instanceof PointLog l) {
                return l.logId();
            }
            if (item instanceof ReceiptRecorded r) {
                return r.movementId();
            }
            return ((TreatmentRecorded) item).treatmentId();
        }
    }

    /** Copies a chunk of records into the read model's facts and counts them, in the chunk's transaction. */
    @Named("rebuildWriter")
    @Dependent
    public static class Writer extends AbstractItemWriter {
        @Inject
        @BatchProperty(name = "rebuildId")
        String rebuildId;
        @Inject
        @BatchProperty(name = "records")
        String records;
        @Inject
        RebuildSteps steps;

        @Override
        @SuppressWarnings("unchecked")
        public void writeItems(List<Object> items) {
            long id = Long.parseLong(rebuildId);
            switch (Rebuild.Step.valueOf(records)) {
                case WEIGHINGS -> steps.copyWeighings(id, (List<PointLog>) (List<?>) items);
                case RECEIPTS -> steps.copyReceipts(id, (List<ReceiptRecorded>) (List<?>) items);
                case TREATMENTS -> steps.copyTreatments(id, (List<TreatmentRecorded>) (List<?>) items);
                default -> throw new IllegalArgumentException(records + " are not copied");
            }
        }
    }
}
