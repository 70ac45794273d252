package net.wastenet.kitchen.api;

import java.util.List;

/** The treatment records as the events that recorded them said, a page at a time (for rebuilding read models). */
public interface TreatmentRecords {
    /** The first {@code limit} treatments after {@code afterTreatmentId}, in id order. */
    List<TreatmentRecorded> recordedAfter(long afterTreatmentId, int limit);
}
