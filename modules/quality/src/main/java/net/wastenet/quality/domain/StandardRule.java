package net.wastenet.quality.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a community meets the sorting standard (达标) in a period, by the rule
 * {@link Rubric#LATEST_INSPECTION_NO_OVERDUE_RECTIFICATION} (the rule is part of each rubric version; this is the only
 * one so far):
 * <ul>
 *   <li>the period's latest inspection of the community decides: standard when it passed (its score reached the pass
 *       score of its rubric and no veto was found), not standard when it failed;</li>
 *   <li>a rectification of the community still overdue at the end of the period removes the standard, inspected or not
 *       (until a passing re-inspection closes it);</li>
 *   <li>otherwise a community not inspected in the period is unknown (null), not "not standard".</li>
 * </ul>
 */
public final class StandardRule {
    private StandardRule() {
    }

    /** Why a community is, is not, or may not be said to be standard. */
    public enum Reason { PASSED, BELOW_PASS_SCORE, VETO, OVERDUE_RECTIFICATION, NOT_INSPECTED }

    /** An inspection of the period as the rule sees it. */
    public record Seen(long id, LocalDateTime inspectedAt, BigDecimal totalScore, boolean passed, boolean vetoed) {
    }

    /** The verdict: standard true, false or null (unknown), the period's inspections, the latest one's score, why. */
    public record Verdict(Boolean standard, int inspections, BigDecimal lastScore, Reason reason) {
    }

    /**
     * @param inspections            the community's inspections in the period
     * @param overdueAtEndOfPeriod   whether one of its rectifications is overdue on the period's last day
     */
    public static Verdict judge(List<Seen> inspections, boolean overdueAtEndOfPeriod) {
        Seen latest = inspections.stream().max(Comparator.comparing(Seen::inspectedAt).thenComparing(Seen::id)).orElse(null);
        BigDecimal score = latest == null ? null : latest.totalScore();
        int n = inspections.size();
        if (latest != null && !latest.passed()) {
            return new Verdict(false, n, score, latest.vetoed() ? Reason.VETO : Reason.BELOW_PASS_SCORE);
        }
        if (overdueAtEndOfPeriod) {
            return new Verdict(false, n, score, Reason.OVERDUE_RECTIFICATION);
        }
        if (latest == null) {
            return new Verdict(null, 0, null, Reason.NOT_INSPECTED);
        }
        return new Verdict(true, n, score, Reason.PASSED);
    }
}
