package net.wastenet.app.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import net.wastenet.shared.Actor;
import net.wastenet.shared.RecordImport.Rejection;
import net.wastenet.shared.RecordImport.Row;
import net.wastenet.shared.RecordImport;

/**
 * Hands a chunk of rows to the module that owns the record type and keeps what came back (counts,
 * refused rows, last line) in the same transaction: the chunk's records and its progress are stored
 * together or not at all.
 */
@Named("importRowWriter")
@Dependent
public class ImportRowWriter extends AbstractItemWriter {
    @Inject
    @BatchProperty(name = "importId")
    String importId;
    @Inject
    @BatchProperty(name = "partition")
    String partition;
    @Inject
    ImportLedger ledger;
    @Inject
    ImportDesk desk;

    private long id;
    private RecordImport type;
    private Actor actor;
    private int columns;

    @Override
    public void open(Serializable checkpoint) {
        id = Long.parseLong(importId);
        BulkImport b = ledger.find(id).orElseThrow();
        type = desk.type(b.recordType());
        actor = desk.actorOf(b);
        columns = type.header().size();
    }

    @Override
    public void writeItems(List<Object> items) {
        List<Row> rows = new ArrayList<>(items.size());
        List<Rejection> malformed = new ArrayList<>();
        long lastLine = 0;
        for (Object item : items) {
            ImportLine line = (ImportLine) item;
            lastLine = line.line();
            if (line.consistent()) {
                rows.add(new Row(line.line(), line.values()));
            } else {
                malformed.add(new Rejection(line.line(), null, RecordImport.wrongColumnCount(line.columns(), columns)));
            }
        }
        RecordImport.Outcome outcome = rows.isEmpty() ? new RecordImport.Outcome(0, 0, List.of()) : type.importChunk(rows, actor, "import " + id);
        if (!malformed.isEmpty()) {
            List<Rejection> all = new ArrayList<>(malformed);
            all.addAll(outcome.rejected());
            all.sort(java.util.Comparator.comparingLong(Rejection::line));
            outcome = new RecordImport.Outcome(outcome.accepted(), outcome.alreadyStored(), all);
        }
        ledger.chunkDone(id, partition == null ? 0 : Integer.parseInt(partition), lastLine, items.size(), outcome);
    }
}
