package net.wastenet.app.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A row of an import that was refused: its line, the field (null: the whole row) and why, in both languages. */
@Entity
@Table(schema = "imports", name = "rejection")
@IdClass(ImportRejection.Key.class)
public class ImportRejection {
    @Id
    @Column(name = "import_id")
    private long importId;
    @Id
    private long line;
    @Id
    private int ordinal;
    private String field;
    @Column(name = "message_en")
    private String messageEn;
    @Column(name = "message_zh")
    private String messageZh;

    protected ImportRejection() {
    }

    ImportRejection(long importId, long line, int ordinal, String field, String messageEn, String messageZh) {
        this.importId = importId;
        this.line = line;
        this.ordinal = ordinal;
        this.field = field;
        this.messageEn = cut(messageEn);
        this.messageZh = cut(messageZh);
    }

    private static String cut(String s) {
        return s.length() <= 1000 ? s : s.substring(0, 999) + "…";
    }

    public long line() {
        return line;
    }

    public String field() {
        return field;
    }

    public String messageEn() {
        return messageEn;
    }

    public String messageZh() {
        return messageZh;
    }

    /** The key: import, line, and the rejection's place among its line's. */
    public static class Key implements Serializable {
        private long importId;
        private long line;
        private int ordinal;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.importId == importId && k.line == line && k.ordinal == ordinal;
        }

        @Override
        public int hashCode() {
            return Objects.hash(importId, line, ordinal);
        }
    }
}
