package net.wastenet.quality.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import net.wastenet.shared.ConflictException;
import net.wastenet.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class DoubleRandomDrawTest {
    static final List<String> COMMUNITIES = IntStream.rangeClosed(1, 12).mapToObj(i -> String.format("JJ-C%03d", i)).toList();
    static final List<DoubleRandomDraw.Candidate> ROSTER = List.of(
            new DoubleRandomDraw.Candidate("inspector-jj", Set.of("JJ-C002", "JJ-C005")),
            new DoubleRandomDraw.Candidate("third-01", Set.of("JJ-C001")),
            new DoubleRandomDraw.Candidate("third-02", Set.of()));

    @Test
    void theSameSeedDrawsTheSamePlanWhateverOrderTheInputsCameIn() {
        var first = DoubleRandomDraw.draw(20261101, COMMUNITIES, 5, ROSTER);
        List<String> shuffled = new ArrayList<>(COMMUNITIES);
        Collections.reverse(shuffled);
        List<DoubleRandomDraw.Candidate> roster = new ArrayList<>(ROSTER);
        Collections.reverse(roster);
        assertEquals(first, DoubleRandomDraw.draw(20261101, shuffled, 5, roster));
        assertEquals(5, first.size());
        assertEquals(5, first.stream().map(DoubleRandomDraw.Assignment::communityCode).distinct().count(), "no community twice");
    }

    @Test
    void anotherSeedDrawsAnotherPlan() {
        Set<List<DoubleRandomDraw.Assignment>> plans = new HashSet<>();
        for (long seed = 0; seed < 20; seed++) {
            plans.add(DoubleRandomDraw.draw(seed, COMMUNITIES, 5, ROSTER));
        }
        assertTrue(plans.size() > 15, "twenty seeds drew " + plans.size() + " plans");
        assertNotEquals(DoubleRandomDraw.draw(1, COMMUNITIES, 5, ROSTER), DoubleRandomDraw.draw(2, COMMUNITIES, 5, ROSTER));
    }

    @Test
    void anInspectorIsNeverDrawnForACommunityTheyLiveInOrServe() {
        for (long seed = 0; seed < 500; seed++) {
            for (var a : DoubleRandomDraw.draw(seed, COMMUNITIES, 12, ROSTER)) {
                var own = ROSTER.stream().filter(c -> c.username().equals(a.inspector())).findFirst().orElseThrow().ownCommunities();
                assertFalse(own.contains(a.communityCode()), "seed " + seed + ": " + a);
            }
        }
    }

    @Test
    void communitiesAndInspectorsAreDrawnIndependently() {
        // the same communities drawn with another roster: the community stream does not depend on the inspectors
        var withThree = DoubleRandomDraw.draw(7, COMMUNITIES, 4, ROSTER);
        var withOne = DoubleRandomDraw.draw(7, COMMUNITIES, 4, List.of(new DoubleRandomDraw.Candidate("solo", Set.of())));
        assertEquals(withThree.stream().map(DoubleRandomDraw.Assignment::communityCode).toList(),
                withOne.stream().map(DoubleRandomDraw.Assignment::communityCode).toList());
    }

    @Test
    void aCommunityEveryInspectorLivesInOrServesCannotBePlanned() {
        var roster = List.of(new DoubleRandomDraw.Candidate("a", Set.of("JJ-C001")), new DoubleRandomDraw.Candidate("b", Set.of("JJ-C001")));
        var refused = assertThrows(ConflictException.class, () -> DoubleRandomDraw.draw(1, List.of("JJ-C001"), 1, roster));
        assertEquals("communities", refused.field());
        assertEquals("districtCode", assertThrows(ConflictException.class, () -> DoubleRandomDraw.draw(1, COMMUNITIES, 1, List.of())).field());
    }

    @Test
    void moreCommunitiesThanTheDistrictHasOrABadSeedIsRefused() {
        assertEquals("communities", assertThrows(InvalidInputException.class,
                () -> DoubleRandomDraw.draw(1, COMMUNITIES, 13, ROSTER)).errors().get(0).field());
        assertEquals("communities", assertThrows(InvalidInputException.class,
                () -> DoubleRandomDraw.draw(1, COMMUNITIES, 0, ROSTER)).errors().get(0).field());
        assertEquals("seed", assertThrows(InvalidInputException.class,
                () -> DoubleRandomDraw.draw(-1, COMMUNITIES, 1, ROSTER)).errors().get(0).field());
    }
}
