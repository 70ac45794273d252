package net.wastenet.app.imports;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import's file row by row. On a restart it resumes after the last line whose chunk was
 * committed: the line kept with the import's records ({@link BulkImport#lastLine()}), which is also
 * the checkpoint it gives the batch runtime.
 */
@Named("importRowReader")
@Dependent
public class ImportRowReader extends AbstractItemReader {
    private static final Logger LOG = Logger.getLogger(ImportRowReader.class.getName());

    @Inject
    @BatchProperty(name = "importId")
    String importId;
    @Inject
    ImportLedger ledger;

    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private long lastLineRead;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        BulkImport b = ledger.find(Long.parseLong(importId)).orElseThrow();
        long resumeAfter = b.lastLine();
        if (checkpoint instanceof Long line && line != resumeAfter) {
            LOG.info(() -> "import " + importId + ": batch checkpoint at line " + line + ", records committed up to line "
                    + resumeAfter + "; resuming after " + resumeAfter);
        }
        parser = ImportFiles.FORMAT.parse(Files.newBufferedReader(Path.of(b.filePath()), StandardCharsets.UTF_8));
        records = parser.iterator();
        lastLineRead = 1;
        while (lastLineRead < resumeAfter && records.hasNext()) {
            lastLineRead = records.next().getRecordNumber() + 1;
        }
        if (resumeAfter > 1) {
            LOG.info(() -> "import " + importId + " resumes after line " + resumeAfter);
        }
    }

    @Override
    public Object readItem() {
        if (!records.hasNext()) {
            return null;
        }
        CSVRecord r = records.next();
        lastLineRead = r.getRecordNumber() + 1;
        return new ImportLine(lastLineRead, r.toMap(), r.size(), r.isConsistent());
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
