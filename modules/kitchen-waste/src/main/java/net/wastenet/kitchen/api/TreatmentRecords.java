package net.wastenet.kitchen.api;

import java.util.List;
import net.wastenet.shared.DateRange;

/** The treatment records of a period, as the events that recorded them said (for rebuilding read models). */
public interface TreatmentRecords {
    List<TreatmentRecorded> recordedIn(DateRange period);
}
