package net.wastenet.shared;

/** The caller may not act on this record or scope: answered 403, naming the field, and nothing changes. */
public class NotYoursException extends RuntimeException {
    private final String field;
    private final Text text;

    public NotYoursException(String field, Text text) {
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
