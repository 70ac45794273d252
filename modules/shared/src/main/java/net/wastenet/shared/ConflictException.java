package net.wastenet.shared;

/** The request is valid but clashes with what is stored (duplicate code, key reuse, stale version, locked period): 409. */
public class ConflictException extends RuntimeException {
    private final String field;
    private final Text text;

    public ConflictException(String field, Text text) {
        super(text.en());
        this.field = field;
        this.text = text;
    }

    public String field() {
        return field;
    }

    public Text text() {
        return text;
    }
}
