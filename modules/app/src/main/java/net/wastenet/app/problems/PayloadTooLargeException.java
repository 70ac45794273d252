package net.wastenet.app.problems;

/** A request body longer than the endpoint takes: answered 413. */
public class PayloadTooLargeException extends RuntimeException {
    private final long limit;
    private final net.wastenet.shared.Text why;

    public PayloadTooLargeException(long limit) {
        this(limit, net.wastenet.shared.Text.of("must be at most " + limit + " bytes", "不得超过 " + limit + " 字节"));
    }

    /** Over a limit other than the endpoint's size (a quota), and why. */
    public PayloadTooLargeException(long limit, net.wastenet.shared.Text why) {
        super("request body over " + limit + " bytes");
        this.limit = limit;
        this.why = why;
    }

    public net.wastenet.shared.Text why() {
        return why;
    }

    public long limit() {
        return limit;
    }
}
