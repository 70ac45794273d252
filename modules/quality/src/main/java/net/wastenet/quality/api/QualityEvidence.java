package net.wastenet.quality.api;

import java.util.Collection;
import java.util.Map;

/**
 * What other modules hand to or ask of the quality record: the photos they cite (a refusal's), and the contamination a
 * hauler or a plant found at a point (kitchen waste refused at pickup, a load rejected at the plant), noted on the record
 * of the communities the point serves, in the caller's transaction.
 */
public interface QualityEvidence {
    /** The stored photos among these ids, by id (a missing id is not in the answer). */
    Map<Long, PhotoRef> photos(Collection<Long> ids);

    /** Notes contamination found at a point, in the caller's transaction (the caller checked its submitter's scope). */
    void note(ContaminationNote note);
}
