package net.wastenet.quality.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Waste refused or rejected for contamination at a collection point, as the community's quality record keeps it:
 * {@code kind} REFUSAL (a hauler refused the point's kitchen waste at pickup; {@code repeated}: the refusal was flagged
 * as a repeat) or REJECTION (a plant rejected part or all of a load picked up there; {@code weightKg} the rejected part).
 *
 * @param reference the other module's record: the refusal's id, the manifest number
 */
public record ContaminationNote(String kind, String pointCode, String districtCode, LocalDate day, String reference,
                                BigDecimal weightKg, boolean repeated) {
    public static final String REFUSAL = "REFUSAL";
    public static final String REJECTION = "REJECTION";
}
