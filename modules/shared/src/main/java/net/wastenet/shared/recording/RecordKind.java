package net.wastenet.shared.recording;

import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wastenet.shared.Actor;

/**
 * One kind of record created through the {@link Recording} pipeline: what is particular to it. The
 * module that owns the record implements it beside its use case; the aggregate's factory, called from
 * {@link #make}, owns the rules.
 *
 * @param <D> the request checked for form
 * @param <X> what a batch's drafts refer to (points, facilities, ...), read once for the batch
 * @param <R> the record (the aggregate)
 */
public interface RecordKind<D extends Draft, X, R> {
    /** The record's name in the audit trail, e.g. {@code tonnage-log}. */
    String name();

    /**
     * Refuses (403, {@link net.wastenet.shared.NotYoursException}) an actor who may not create this
     * record where the draft says. Asked before anything is read, on a replay too.
     */
    void checkScope(D draft, Actor actor);

    /** The submitter's earlier records with these client keys, in one read: a key belongs to its submitter. */
    Map<String, R> earlier(String submitter, Set<String> clientKeys);

    /** The fingerprint a record was stored with. */
    String fingerprintOf(R record);

    /** Reads what the drafts refer to, once for all of them. */
    X lookUp(List<D> drafts);

    /**
     * The day the draft's record is dated and the districts it enters, asked of the period locks;
     * refuses (404, {@link net.wastenet.shared.UnknownCodeException}) a code that names nothing.
     */
    Dated dated(D draft, X refs);

    /**
     * The aggregate's factory: every rule (all broken ones at once), then the record, not yet stored.
     * A kind whose rules depend on records made earlier in the same batch keeps that in {@code refs}.
     */
    R make(D draft, X refs, Stamp stamp);

    /**
     * Stores what a batch made, in the caller's transaction (each record has its id afterwards), with
     * whatever the records change beside them in the module (a facility's capacity alert), and answers
     * what they publish: the events the pipeline fires in the same transaction (one may stand for the batch).
     */
    List<?> store(List<R> records);

    /**
     * As {@link #store(List)}, for a chunk of a bulk import when {@code imported}: a kind whose readers
     * judge whole days may tell them that more of the same file follows.
     */
    default List<?> store(List<R> records, boolean imported) {
        return store(records);
    }

    /** The record's reference in the audit trail (its id, a manifest number). */
    Object ref(R record);

    /** What the audit trail keeps of a created record. */
    Object audited(R record);

    /** The record's name on the counters (the platform's metrics), {@link #name} unless a kind says better (a receipt). */
    default String tallyName() {
        return name();
    }

    /** The category the counters file a draft under (a weighing's waste category), or an empty string. */
    default String category(D draft) {
        return "";
    }
}
