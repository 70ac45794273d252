package net.wastenet.points.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.wastenet.points.domain.CollectionPoint;
import net.wastenet.points.domain.Location;
import net.wastenet.points.domain.PointKind;
import net.wastenet.shared.WasteCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The recording pipeline's kept points: read again whenever the directory's journal shows a change that may be newer. */
class KeptPointsTest {
    final List<Collection<String>> reads = new ArrayList<>();
    final Journal journal = new Journal();
    KeptPoints kept;

    @BeforeEach
    void setUp() {
        kept = new KeptPoints();
        kept.changes = journal;
        kept.clock = journal.clock();
        kept.marginSeconds = 150;
        kept.keptMax = 3;
    }

    Map<String, CollectionPoint> read(Collection<String> codes) {
        reads.add(List.copyOf(codes));
        Map<String, CollectionPoint> found = new HashMap<>();
        for (String code : codes) {
            if (!code.startsWith("UNKNOWN")) {
                found.put(code, new CollectionPoint(code, "点 " + code, PointKind.SORTING_POINT, "510104",
                        new Location(new BigDecimal("30.65"), new BigDecimal("104.08")), EnumSet.allOf(WasteCategory.class),
                        Set.of("JJ-C1"), LocalDate.of(2026, 1, 1), LocalDateTime.of(2026, 1, 1, 8, 0), "admin"));
            }
        }
        return found;
    }

    LocalDateTime cityNow() {
        return kept.clock.now();
    }

    @Test
    void aPointIsReadOnceWhileTheDirectoryIsUnchanged() {
        CollectionPoint first = kept.find(List.of("A"), this::read).get("A");
        journal.now = journal.now.plusSeconds(600);
        assertSame(first, kept.find(List.of("A"), this::read).get("A"));
        assertEquals(List.of(List.of("A")), reads);
    }

    @Test
    void onlyTheCodesNotKeptAreRead() {
        kept.find(List.of("A"), this::read);
        Map<String, CollectionPoint> both = kept.find(List.of("A", "B"), this::read);
        assertEquals(Set.of("A", "B"), both.keySet());
        assertEquals(List.of(List.of("A"), List.of("B")), reads);
    }

    @Test
    void anUnknownCodeIsAbsentAndAskedAgainNextTime() {
        assertTrue(kept.find(List.of("UNKNOWN-1"), this::read).isEmpty());
        assertTrue(kept.find(List.of("UNKNOWN-1"), this::read).isEmpty());
        assertEquals(2, reads.size(), "a point registered meanwhile would be found");
    }

    @Test
    void aChangeNotedAfterTheReadMakesTheNextBatchReadAgain() {
        CollectionPoint first = kept.find(List.of("A"), this::read).get("A");
        journal.now = journal.now.plusSeconds(5);
        kept.changes.note("point A status", cityNow());
        CollectionPoint second = kept.find(List.of("A"), this::read).get("A");
        assertTrue(first != second, "read afresh after the change");
        assertEquals(2, reads.size());
    }

    @Test
    void aChangeNotedShortlyBeforeTheReadStillCountsBecauseItMayHaveCommittedAfterIt() {
        // noted 100 s before the read, committed (possibly) after it: within the margin of 150 s
        kept.changes.note("point A status", cityNow().minusSeconds(100));
        kept.find(List.of("A"), this::read);
        kept.find(List.of("A"), this::read);
        assertEquals(2, reads.size(), "no read trusted while a change within the margin is in the journal");
        // a change older than the margin than the kept read is settled
        journal.now = journal.now.plusSeconds(400);
        kept.find(List.of("A"), this::read);
        kept.find(List.of("A"), this::read);
        assertEquals(3, reads.size());
    }

    @Test
    void whenFullTheKeptSetStartsAfresh() {
        kept.find(List.of("A", "B", "C"), this::read);
        kept.find(List.of("D"), this::read);
        kept.find(List.of("A"), this::read);
        assertEquals(List.of(List.of("A", "B", "C"), List.of("D"), List.of("A")), reads.stream().map(r -> r.stream().sorted().toList()).toList());
    }
}
