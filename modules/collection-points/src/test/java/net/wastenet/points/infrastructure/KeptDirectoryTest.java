package net.wastenet.points.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import net.wastenet.points.api.CommunityServed;
import net.wastenet.points.domain.PointStatus;
import net.wastenet.points.domain.StatusHistory;
import net.wastenet.shared.DateRange;
import net.wastenet.shared.WasteCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The directory coverage reads, kept by the instance: read once while the journal shows no change, read again after
 * one (also one noted within the commit margin before the read), and judged for any period and district from what
 * is kept as the rows would have been.
 */
class KeptDirectoryTest {
    static final LocalDate JAN = LocalDate.of(2026, 1, 1);
    int reads;
    final Journal journal = new Journal();
    KeptDirectory kept;

    @BeforeEach
    void setUp() {
        kept = new KeptDirectory();
        kept.changes = journal;
        kept.clock = journal.clock();
        kept.marginSeconds = 150;
    }

    /** Two communities of 锦江 and one of 青羊; P2 suspended from March 1st; P3 (青羊) serves a 锦江 community too; P4 opens in June. */
    List<KeptDirectory.Community> read() {
        reads++;
        var all = EnumSet.allOf(WasteCategory.class);
        var active = new StatusHistory.Entry(PointStatus.ACTIVE, JAN, JAN.atTime(8, 0));
        var p1 = new KeptDirectory.Point("JJ-P1", "510104", JAN, all, List.of(active));
        var p2 = new KeptDirectory.Point("JJ-P2", "510104", JAN, EnumSet.of(WasteCategory.RESIDUAL), List.of(active,
                new StatusHistory.Entry(PointStatus.SUSPENDED, LocalDate.of(2026, 3, 1), LocalDateTime.of(2026, 2, 20, 9, 0))));
        var p3 = new KeptDirectory.Point("QY-P3", "510105", JAN, all, List.of(active));
        var p4 = new KeptDirectory.Point("JJ-P4", "510104", LocalDate.of(2026, 6, 1), all,
                List.of(new StatusHistory.Entry(PointStatus.ACTIVE, LocalDate.of(2026, 6, 1), LocalDateTime.of(2026, 5, 30, 9, 0))));
        return List.of(
                new KeptDirectory.Community("JJ-C1", "一", "510104", 1000, JAN, List.of(p1, p2)),
                new KeptDirectory.Community("JJ-C2", "二", "510104", 500, JAN, List.of(p2, p4, p3)),
                new KeptDirectory.Community("QY-C1", "三", "510105", 800, LocalDate.of(2026, 4, 1), List.of(p3)));
    }

    static DateRange month(int m) {
        LocalDate first = LocalDate.of(2026, m, 1);
        return new DateRange(first, first.plusMonths(1).minusDays(1));
    }

    @Test
    void readOnceWhileNothingChangesAndJudgedForEachPeriod() {
        var feb = kept.communitiesServed(null, month(2), this::read);
        var apr = kept.communitiesServed(null, month(4), this::read);
        assertEquals(1, reads, "one read for both periods");
        assertEquals(List.of("JJ-C1", "JJ-C2"), feb.stream().map(CommunityServed::code).toList(), "QY-C1 opens in April");
        assertEquals(List.of("JJ-C1", "JJ-C2", "QY-C1"), apr.stream().map(CommunityServed::code).toList());
        var c1feb = feb.get(0).servingPoints();
        assertTrue(c1feb.get(1).activeInPeriod(), "JJ-P2 active in February");
        assertFalse(apr.get(0).servingPoints().get(1).activeInPeriod(), "JJ-P2 suspended in April");
        assertEquals(List.of("JJ-P2", "QY-P3"), feb.get(1).servingPoints().stream().map(CommunityServed.ServingPoint::code).toList(),
                "JJ-P4 is not yet in service in February");
        assertEquals(List.of("JJ-P2", "JJ-P4", "QY-P3"), kept.communitiesServed(null, month(6), this::read).get(1).servingPoints().stream()
                .map(CommunityServed.ServingPoint::code).toList());
    }

    @Test
    void aDistrictsCommunitiesAreServedByItsOwnPointsOnly() {
        var jj = kept.communitiesServed("510104", month(4), this::read);
        assertEquals(List.of("JJ-C1", "JJ-C2"), jj.stream().map(CommunityServed::code).toList());
        assertEquals(List.of("JJ-P2"), jj.get(1).servingPoints().stream().map(CommunityServed.ServingPoint::code).toList(),
                "青羊's point does not count for 锦江's figures");
        assertEquals(1000, jj.get(0).households());
    }

    @Test
    void readAgainAfterAChangeAndAfterOneNotedWithinTheMarginBeforeTheRead() {
        kept.communitiesServed(null, month(4), this::read);
        journal.now = journal.now.plusSeconds(600);
        kept.communitiesServed(null, month(4), this::read);
        assertEquals(1, reads);
        journal.noted.add(LocalDateTime.ofInstant(journal.now, ZoneOffset.UTC));
        kept.communitiesServed(null, month(4), this::read);
        assertEquals(2, reads, "a change since the read");
        journal.now = journal.now.plusSeconds(100);
        kept.communitiesServed(null, month(4), this::read);
        assertEquals(3, reads, "the change was noted within the margin before the last read: it may not have been committed then");
        journal.now = journal.now.plusSeconds(600);
        kept.communitiesServed(null, month(4), this::read);
        kept.communitiesServed(null, month(4), this::read);
        assertEquals(4, reads, "kept again once the margin has passed");
    }
}
