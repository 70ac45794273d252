package net.wastenet.recyclables.api;

import java.time.LocalDateTime;

/** Fired, in the confirming transaction, when someone confirms a capacity alert with a comment. */
public record CapacityAlertConfirmed(long alertId, String comment, String confirmedBy, LocalDateTime confirmedAt) {
}
