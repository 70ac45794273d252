package net.wastenet.recyclables.domain;

/** Where a receipt came from: the first three bring new waste into the chain, a facility only passes it on. */
public enum SourceKind {
    POINT, DISTRICT, PRODUCER, FACILITY
}
