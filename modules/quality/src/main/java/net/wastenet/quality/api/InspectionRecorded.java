package net.wastenet.quality.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Fired, in the writing transaction, for each inspection recorded: where, on which day, its score and verdict. */
public record InspectionRecorded(long inspectionId, String communityCode, String districtCode, LocalDate day, String rubricCode,
                                 BigDecimal totalScore, boolean passed, boolean planned) {
}
