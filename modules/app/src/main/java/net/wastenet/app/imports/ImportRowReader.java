package net.wastenet.app.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.logging.Logger;
import net.wastenet.shared.RecordImport;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import's file row by row, the rows of its partition only (those whose client key falls to it,
 * {@link ImportPartition#of}). On a restart it resumes after the last line of its partition whose chunk
 * was committed: the line kept with the import's records ({@link ImportPartition#lastLine()}).
 */
@Named("importRowReader")
@Dependent
public class ImportRowReader extends AbstractItemReader {
    private static final Logger LOG = Logger.getLogger(ImportRowReader.class.getName());

    @Inject
    @BatchProperty(name = "importId")
    String importId;
    @Inject
    @BatchProperty(name = "partition")
    String partition;
    @Inject
    @BatchProperty(name = "partitions")
    String partitions;
    @Inject
    ImportLedger ledger;
    @Inject
    ImportDesk desk;

    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private long lastLineRead;
    private RecordImport type;
    private int mine;
    private int of;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        BulkImport b = ledger.find(Long.parseLong(importId)).orElseThrow();
        type = desk.type(b.recordType());
        mine = partition == null ? 0 : Integer.parseInt(partition);
        of = partitions == null ? 1 : Integer.parseInt(partitions);
        long resumeAfter = ledger.resumeLine(b.id(), mine);
        if (checkpoint instanceof Long line && line != resumeAfter) {
            LOG.info(() -> "import " + importId + ": batch checkpoint at line " + line + ", records committed up to line "
                    + resumeAfter + "; resuming after " + resumeAfter);
        }
        parser = ImportFiles.FORMAT.parse(ImportFiles.reader(Path.of(b.filePath())));
        records = parser.iterator();
        lastLineRead = 1;
        while (lastLineRead < resumeAfter && records.hasNext()) {
            lastLineRead = records.next().getRecordNumber() + 1;
        }
        if (resumeAfter > 1) {
            LOG.info(() -> "import " + importId + " partition " + mine + " of " + of + " resumes after line " + resumeAfter);
        }
    }

    /** The next row of this partition's: the rows whose client key falls to it, in file order. */
    @Override
    public Object readItem() {
        while (records.hasNext()) {
            CSVRecord r = records.next();
            lastLineRead = r.getRecordNumber() + 1;
            ImportLine line = new ImportLine(lastLineRead, r.toMap(), r.size(), r.isConsistent());
            if (of == 1 || ImportPartition.of(type.keyOf(new RecordImport.Row(line.line(), line.values())), of) == mine) {
                return line;
            }
        }
        return null;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastLineRead;
    }

    @Override
    public void close() throws Exception {
        if (parser != null) {
            parser.close();
        }
    }
}
