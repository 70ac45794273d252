package net.wastenet.recyclables.api;

/** Where a receipt came from: the first three bring new waste into the chain, a facility only passes it on. */
public enum SourceKind {
    POINT, DISTRICT, PRODUCER, FACILITY;

    /** New waste of a district (from a point, a district's collection or a producer), not passed on by a facility. */
    public boolean bringsNewWaste() {
        return this != FACILITY;
    }
}
