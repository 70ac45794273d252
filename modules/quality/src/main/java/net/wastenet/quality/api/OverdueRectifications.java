package net.wastenet.quality.api;

import java.time.LocalDate;
import java.util.List;

/** The rectifications overdue on a day, for other modules (reporting's completeness board and warnings). */
public interface OverdueRectifications {
    /**
     * Those overdue on {@code day} (due before it, not completed by their due date, not closed by a re-inspection by
     * then) in a district (null: the whole city), earliest due first.
     */
    List<OverdueRectification> overdueOn(String districtCode, LocalDate day);
}
