package net.wastenet.shared;

/** A body larger than the rule allows (a photo over its limit): answered 413, naming the field; nothing is stored. */
public class TooLargeException extends RuntimeException {
    private final String field;
    private final Text text;

    public TooLargeException(String field, Text text) {
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
