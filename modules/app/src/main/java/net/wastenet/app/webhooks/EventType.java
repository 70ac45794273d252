package net.wastenet.app.webhooks;

import java.util.Arrays;
import java.util.List;

/** The events a subscriber may ask for, named as docs/api.md names them. */
public enum EventType {
    TONNAGE_LOG_RECORDED("tonnage-log.recorded"),
    TONNAGE_LOG_CORRECTED("tonnage-log.corrected"),
    MANIFEST_PICKED_UP("manifest.picked-up"),
    MANIFEST_DELIVERED("manifest.delivered"),
    RECEIPT_RECORDED("receipt.recorded"),
    RETURN_LOCKED("return.locked"),
    WARNING_RAISED("warning.raised"),
    REFUSAL_RECORDED("refusal.recorded"),
    REFUSAL_NOTICE_CLOSED("refusal-notice.closed");

    private final String wire;

    EventType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static EventType of(String wire) {
        return Arrays.stream(values()).filter(e -> e.wire.equals(wire)).findFirst().orElse(null);
    }

    public static List<String> names() {
        return Arrays.stream(values()).map(EventType::wire).toList();
    }
}
