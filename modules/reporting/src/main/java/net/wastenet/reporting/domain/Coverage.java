package net.wastenet.reporting.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.wastenet.shared.WasteCategory;

/**
 * The sorting coverage rate, from evidence: a community counts as covered in a period when the
 * points serving it that were active in the period together accept all four categories, and one of
 * them logged separately collected kitchen waste in the period. Each community gets a verdict
 * saying why it is or is not covered.
 */
public final class Coverage {
    private Coverage() {
    }

    /** A community and the points serving it. */
    public record Community(String code, String name, String districtCode, int households, List<Serving> serving) {
    }

    /** A serving point: its categories, whether it was active in the period. */
    public record Serving(String pointCode, Set<WasteCategory> categories, boolean activeInPeriod) {
    }

    /** Why a community is covered or not. */
    public enum Reason { COVERED, NO_ACTIVE_POINT, MISSING_CATEGORIES, NO_KITCHEN_WASTE_LOGGED }

    public record Verdict(String code, String name, String districtCode, int households, boolean covered, Reason reason,
                          Set<WasteCategory> missingCategories) {
    }

    public record Result(int covered, int communities, long coveredHouseholds, long households, List<Verdict> verdicts) {
    }

    public static Result evaluate(List<Community> communities, Set<String> pointsThatLoggedKitchenWaste) {
        int covered = 0;
        long coveredHouseholds = 0;
        long households = 0;
        List<Verdict> verdicts = new ArrayList<>();
        for (Community c : communities) {
            households += c.households();
            Verdict v = verdict(c, pointsThatLoggedKitchenWaste);
            if (v.covered()) {
                covered++;
                coveredHouseholds += c.households();
            }
            verdicts.add(v);
        }
        return new Result(covered, communities.size(), coveredHouseholds, households, verdicts);
    }

    static Verdict verdict(Community c, Set<String> kitchenLogged) {
        List<Serving> active = c.serving().stream().filter(Serving::activeInPeriod).toList();
        Set<WasteCategory> missing = EnumSet.allOf(WasteCategory.class);
        active.forEach(s -> missing.removeAll(s.categories()));
        Reason reason;
        if (active.isEmpty()) {
            reason = Reason.NO_ACTIVE_POINT;
        } else if (!missing.isEmpty()) {
            reason = Reason.MISSING_CATEGORIES;
        } else if (active.stream().noneMatch(s -> kitchenLogged.contains(s.pointCode()))) {
            reason = Reason.NO_KITCHEN_WASTE_LOGGED;
        } else {
            reason = Reason.COVERED;
        }
        return new Verdict(c.code(), c.name(), c.districtCode(), c.households(), reason == Reason.COVERED, reason,
                active.isEmpty() ? EnumSet.allOf(WasteCategory.class) : missing);
    }
}
