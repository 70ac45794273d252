package net.wastenet.app.problems;

/** A request body longer than the endpoint takes: answered 413. */
public class PayloadTooLargeException extends RuntimeException {
    private final long limit;

    public PayloadTooLargeException(long limit) {
        super("request body over " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
