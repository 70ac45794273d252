package net.wastenet.shared.recording;

/**
 * A create request checked for form (every field, before any database): what it asks for, its
 * client key and the fingerprint of its meaningful values, which tells a retry from another request
 * that reuses the key.
 */
public interface Draft {
    /** The submitter's client key, or null: without one, every request is a new record. */
    String clientKey();

    /** A hash of the request's meaningful values ({@link net.wastenet.shared.Fingerprint}). */
    String fingerprint();
}
