package net.wastenet.shared;

/** A body whose media type, declared or found in its bytes, is not one the endpoint takes: answered 415, naming the field. */
public class UnsupportedMediaException extends RuntimeException {
    private final String field;
    private final Text text;

    public UnsupportedMediaException(String field, Text text) {
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
