package net.wastenet.points.domain;

/** A point's state from a date on: only an active point may receive waste. */
public enum PointStatus {
    ACTIVE, SUSPENDED, CLOSED
}
