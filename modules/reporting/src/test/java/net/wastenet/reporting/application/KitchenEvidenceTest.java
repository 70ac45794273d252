package net.wastenet.reporting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.wastenet.points.api.CommunityServed;
import net.wastenet.points.api.CommunityServed.ServingPoint;
import net.wastenet.shared.WasteCategory;
import org.junit.jupiter.api.Test;

/**
 * Which points a period's partial months are asked about, once its whole months named the points that logged kitchen
 * waste: only the active points of communities that no active point of their own district is known to cover.
 */
class KitchenEvidenceTest {
    static ServingPoint point(String code, String district, boolean active) {
        return new ServingPoint(code, district, EnumSet.allOf(WasteCategory.class), active);
    }

    static CommunityServed community(String code, String district, ServingPoint... serving) {
        return new CommunityServed(code, code, district, 100, LocalDate.of(2026, 1, 1), List.of(serving));
    }

    @Test
    void onlyTheUndecidedCommunitiesPointsAreAsked() {
        var covered = community("JJ-C1", "510104", point("JJ-P1", "510104", true), point("JJ-P2", "510104", true));
        var undecided = community("JJ-C2", "510104", point("JJ-P3", "510104", true), point("JJ-P4", "510104", false));
        var known = Set.of("JJ-P1");
        assertEquals(Set.of("JJ-P3"), IndicatorEngine.undecided(List.of(covered, undecided), known, null),
                "JJ-C1 is covered by JJ-P1 whatever JJ-P2 logged; an inactive point's weighings never count");
    }

    @Test
    void aCommunityCoveredOnlyByAnotherDistrictsPointIsStillAskedForItsOwnDistrictsView() {
        // 青羊's point covers the 锦江 community in the city's view, not in 锦江's own figures
        var c = community("JJ-C3", "510104", point("QY-P1", "510105", true), point("JJ-P5", "510104", true));
        assertEquals(Set.of("JJ-P5"), IndicatorEngine.undecided(List.of(c), Set.of("QY-P1"), null));
        assertEquals(Set.of("JJ-P5", "QY-P1"), IndicatorEngine.undecided(List.of(c), Set.of(), null));
        assertEquals(Set.of("JJ-P5"), IndicatorEngine.undecided(List.of(c), Set.of(), Set.of("510104")),
                "a district's question asks its own points only");
    }
}
