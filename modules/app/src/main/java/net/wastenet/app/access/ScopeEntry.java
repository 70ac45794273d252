package net.wastenet.app.access;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One thing that is a user's: a point, a district, a hauler or a facility. */
@Entity
@IdClass(ScopeEntry.Key.class)
@Table(schema = "access", name = "user_scope")
public class ScopeEntry {
    /** What kind of thing a scope entry names. */
    public enum Kind { POINT, DISTRICT, HAULER, FACILITY }

    @Id
    private String username;
    @Id
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Id
    private String code;

    protected ScopeEntry() {
    }

    public ScopeEntry(String username, Kind kind, String code) {
        this.username = Objects.requireNonNull(username);
        this.kind = Objects.requireNonNull(kind);
        this.code = Objects.requireNonNull(code);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    /** Composite key. */
    public static class Key implements Serializable {
        private String username;
        private Kind kind;
        private String code;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(k.username, username) && k.kind == kind && Objects.equals(k.code, code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(username, kind, code);
        }
    }
}
