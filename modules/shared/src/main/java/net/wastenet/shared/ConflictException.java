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

    /** A code that names an existing record already (field {@code code}). */
    public static ConflictException duplicateCode(Text what, String code) {
        return new ConflictException("code", Text.of("a " + what.en() + " with code '" + code + "' already exists",
                "代码为“" + code + "”的" + what.zh() + "已存在"));
    }

    /** A client key stored already with a different request (field {@code clientKey}). */
    public static ConflictException clientKeyReused(String key) {
        return new ConflictException("clientKey", Text.of("client key '" + key + "' was already used for a different record",
                "客户端键“" + key + "”已用于另一条不同的记录"));
    }

    public String field() {
        return field;
    }

    public Text text() {
        return text;
    }
}
