package net.wastenet.quality.api;

import java.math.BigDecimal;

/**
 * A community's 达标 verdict for a period: {@code standard} true, false, or null when it was not inspected in the
 * period (unknown, not "not standard"); the number of its inspections in the period, the latest one's score, and why
 * ({@code PASSED}, {@code BELOW_PASS_SCORE}, {@code VETO}, {@code OVERDUE_RECTIFICATION}, {@code NOT_INSPECTED}).
 */
public record CommunityStandard(String communityCode, String districtCode, Boolean standard, int inspections, BigDecimal lastScore,
                                String reason) {
}
