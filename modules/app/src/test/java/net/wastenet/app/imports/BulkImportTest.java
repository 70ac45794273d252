package net.wastenet.app.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import net.wastenet.shared.RecordImport;
import net.wastenet.shared.Text;
import org.junit.jupiter.api.Test;

/** An import's progress: counted chunk by chunk, never backwards, resumed by runs. */
class BulkImportTest {
    static final LocalDateTime T0 = LocalDateTime.of(2026, 11, 28, 10, 0);

    static BulkImport fileOf(long rows) {
        return new BulkImport("tonnage-logs", "a.csv", "/tmp/a.csv", 100, "ab", rows, null, null, "station-jj01", "STATION_STAFF", T0, "here");
    }

    static RecordImport.Outcome outcome(int accepted, int already, long... rejectedLines) {
        List<RecordImport.Rejection> r = new java.util.ArrayList<>();
        for (long line : rejectedLines) {
            r.add(new RecordImport.Rejection(line, "weightKg", Text.of("bad", "坏")));
        }
        return new RecordImport.Outcome(accepted, already, r);
    }

    @Test
    void chunksAddUpToTheFileAndThePercentFollowsTheRowsDone() {
        BulkImport b = fileOf(2500);
        b.executionStarted(1, 1, T0);
        b.chunkDone(1001, 1000, outcome(990, 5, 7, 8, 9, 10, 11));
        assertEquals(40.0, b.percent());
        b.chunkDone(2001, 1000, outcome(1000, 0));
        b.chunkDone(2501, 500, outcome(499, 0, 2400));
        assertEquals(2501, b.lastLine());
        assertEquals(2500, b.rowsDone());
        assertEquals(2489, b.accepted());
        assertEquals(5, b.alreadyStored());
        assertEquals(6, b.rejectedRows());
        assertEquals(100.0, b.percent());
        assertFalse(b.isCompleted());
        b.completed(T0.plusMinutes(3));
        assertTrue(b.isCompleted());
        assertEquals(T0.plusMinutes(3), b.finishedAt());
    }

    @Test
    void partitionsCountIntoTheWholeImportInWhateverOrderTheirChunksCommit() {
        BulkImport b = fileOf(3000);
        b.chunkDone(2001, 1000, outcome(1000, 0));
        b.chunkDone(1990, 1000, outcome(998, 0, 17, 1500));
        assertEquals(2001, b.lastLine(), "the furthest any partition has come");
        assertEquals(2000, b.rowsDone());
        assertEquals(2, b.rejectedRows());
    }

    @Test
    void aPartitionsChunkAtOrBeforeItsOwnLastLineIsRefusedSoItNeverGoesBackwards() {
        ImportPartition p = new ImportPartition(7, 1);
        assertEquals(1, p.lastLine(), "the header, before any row");
        p.chunkDone(1999);
        assertThrows(IllegalStateException.class, () -> p.chunkDone(1999));
        assertThrows(IllegalStateException.class, () -> p.chunkDone(500));
        assertEquals(1999, p.lastLine());
    }

    @Test
    void theRowsOfOneKeyAlwaysFallToOnePartitionAndTheKeysSpreadOverAll() {
        int[] counts = new int[2];
        for (int i = 0; i < 10_000; i++) {
            String key = "jj-2025-" + i;
            int p = ImportPartition.of(key, 2);
            assertEquals(p, ImportPartition.of(new String(key.toCharArray()), 2));
            counts[p]++;
        }
        assertTrue(counts[0] > 4500 && counts[1] > 4500, java.util.Arrays.toString(counts));
        assertEquals(0, ImportPartition.of("any", 1));
    }

    @Test
    void aRestartIsAnotherRunThatKeepsTheFirstStartAndClearsTheEnd() {
        BulkImport b = fileOf(10);
        b.executionStarted(7, 3, T0);
        b.ended(T0.plusMinutes(1));
        assertEquals(T0.plusMinutes(1), b.finishedAt());
        b.executionStarted(9, 3, T0.plusMinutes(5));
        assertEquals(2, b.executions());
        assertEquals(9L, b.lastExecution());
        assertEquals(T0, b.startedAt());
        assertNull(b.finishedAt());
    }

    @Test
    void anEmptyFileIsDoneFromTheStart() {
        assertEquals(100.0, fileOf(0).percent());
    }
}
