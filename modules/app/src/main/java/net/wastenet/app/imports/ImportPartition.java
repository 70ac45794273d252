package net.wastenet.app.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One partition of an import: the rows of the file whose client key falls to it, and the last line of
 * them committed. Moved forward in the transaction of the chunk that stored those rows, so it is the
 * exact point to resume from after any crash; it never goes backwards.
 */
@Entity
@Table(schema = "imports", name = "import_partition")
@IdClass(ImportPartition.Key.class)
public class ImportPartition {
    @Id
    @Column(name = "import_id")
    private long importId;
    @Id
    @Column(name = "partition_no")
    private int partition;
    @Column(name = "last_line")
    private long lastLine;

    protected ImportPartition() {
    }

    ImportPartition(long importId, int partition) {
        this.importId = importId;
        this.partition = partition;
        this.lastLine = 1;
    }

    /** A chunk of this partition's rows up to {@code line} is stored. */
    void chunkDone(long line) {
        if (line <= lastLine) {
            throw new IllegalStateException("import " + importId + " partition " + partition + ": chunk up to line " + line
                    + " after line " + lastLine);
        }
        lastLine = line;
    }

    /** The last line of this partition's rows that is stored (1, the header, before any). */
    public long lastLine() {
        return lastLine;
    }

    /** Which partition takes a row: by its key, so that the rows of one key stay together and in file order. */
    static int of(String key, int partitions) {
        return Math.floorMod(key.hashCode(), partitions);
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private long importId;
        private int partition;

        public Key() {
        }

        Key(long importId, int partition) {
            this.importId = importId;
            this.partition = partition;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.importId == importId && k.partition == partition;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, partition);
        }
    }
}
