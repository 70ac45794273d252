package net.wastenet.shared;

/**
 * The answer cannot be given just now, but can in a while (the read model is being rebuilt): 503 with
 * {@code Retry-After}. Nothing was changed.
 */
public class BusyException extends RuntimeException {
    private final Text text;
    private final int retryAfterSeconds;

    public BusyException(Text text, int retryAfterSeconds) {
        super(text.en());
        this.text = text;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Text text() {
        return text;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
