package net.wastenet.shared;

/** A code (district, community, point, …) that names nothing: answered 404, naming the field. */
public class UnknownCodeException extends RuntimeException {
    private final String field;
    private final Text text;

    public UnknownCodeException(String field, Text what, String code) {
        this(field, Text.of("no " + what.en() + " has the code '" + code + "'",
                "没有代码为“" + code + "”的" + what.zh()));
    }

    private UnknownCodeException(String field, Text text) {
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
