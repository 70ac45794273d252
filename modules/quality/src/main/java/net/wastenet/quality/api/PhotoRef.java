package net.wastenet.quality.api;

/** A stored photo as other modules see it: its id and who uploaded it. */
public record PhotoRef(long id, String uploadedBy) {
}
