package net.wastenet.quality.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.wastenet.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class RubricTest {
    static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 1, 9, 0);

    static Rubric chengdu(String code, String validFrom, int pass) {
        return Rubric.define(code, "成都 " + code, LocalDate.parse(validFrom), BigDecimal.valueOf(pass), List.of(
                new Rubric.Item("BINS", "容器", BigDecimal.valueOf(20), false),
                new Rubric.Item("KITCHEN-PURITY", "厨余纯净度", BigDecimal.valueOf(30), true),
                new Rubric.Item("GUIDANCE", "督导", BigDecimal.valueOf(20), false),
                new Rubric.Item("RECORDS", "台账", BigDecimal.valueOf(15), false),
                new Rubric.Item("MIXED-COLLECTION", "混收混运", BigDecimal.valueOf(15), true)), NOW, "bureau");
    }

    static List<Rubric.ItemScore> scores(double... s) {
        String[] items = {"BINS", "KITCHEN-PURITY", "GUIDANCE", "RECORDS", "MIXED-COLLECTION"};
        List<Rubric.ItemScore> list = new java.util.ArrayList<>();
        for (int i = 0; i < s.length; i++) {
            list.add(new Rubric.ItemScore(items[i], BigDecimal.valueOf(s[i])));
        }
        return list;
    }

    @Test
    void theTotalIsTheScoresAddedUpAndPassesFromThePassScore() {
        Rubric r = chengdu("CD-2026", "2026-01-01", 80);
        var pass = r.score(scores(18, 27, 16, 13, 15), List.of());
        assertEquals(new BigDecimal("89.0"), pass.totalScore());
        assertTrue(pass.passed());
        var exactly = r.score(scores(20, 25, 15, 10, 10), List.of());
        assertEquals(0, exactly.totalScore().compareTo(BigDecimal.valueOf(80)));
        assertTrue(exactly.passed(), "the pass score itself passes");
        var below = r.score(scores(14, 22, 12, 10, 15.5 - 0.5), List.of());
        assertFalse(below.passed());
    }

    @Test
    void aVetoFailsTheInspectionWhateverItsScore() {
        Rubric r = chengdu("CD-2026", "2026-01-01", 80);
        var vetoed = r.score(scores(20, 30, 20, 15, 15), List.of("KITCHEN-PURITY"));
        assertEquals(0, vetoed.totalScore().compareTo(BigDecimal.valueOf(100)), "a full score");
        assertFalse(vetoed.passed(), "and still failed");
        assertEquals(List.of("KITCHEN-PURITY"), vetoed.vetoes());
    }

    @Test
    void onlyVetoItemsVetoAndEveryItemIsScoredWithinItsMaximum() {
        Rubric r = chengdu("CD-2026", "2026-01-01", 80);
        var notAVeto = assertThrows(InvalidInputException.class, () -> r.score(scores(18, 27, 16, 13, 15), List.of("BINS")));
        assertEquals("vetoes[0]", notAVeto.errors().get(0).field());
        var over = assertThrows(InvalidInputException.class, () -> r.score(scores(21, 27, 16, 13, 15), List.of()));
        assertEquals("scores[0].score", over.errors().get(0).field());
        var missing = assertThrows(InvalidInputException.class, () -> r.score(scores(18, 27, 16, 13), List.of()));
        assertEquals("scores", missing.errors().get(0).field());
        var unknown = assertThrows(InvalidInputException.class, () -> r.score(List.of(new Rubric.ItemScore("NOPE", BigDecimal.ONE)),
                List.of()));
        assertEquals("scores[0].itemCode", unknown.errors().get(0).field());
    }

    @Test
    void aPassScoreAboveTheMaximaOrARepeatedItemIsRefused() {
        var high = assertThrows(InvalidInputException.class, () -> chengdu("X", "2026-01-01", 101));
        assertEquals("passScore", high.errors().get(0).field());
        var twice = assertThrows(InvalidInputException.class, () -> Rubric.define("X", "x", LocalDate.of(2026, 1, 1), BigDecimal.ONE,
                List.of(new Rubric.Item("A", "a", BigDecimal.TEN, false), new Rubric.Item("A", "a", BigDecimal.TEN, false)), NOW, "b"));
        assertEquals("items[1].code", twice.errors().get(0).field());
    }

    @Test
    void theVersionValidOnADayIsTheLatestStartedByThen() {
        Rubric v2026 = chengdu("CD-2026", "2026-01-01", 80);
        Rubric v2027 = chengdu("CD-2027", "2027-01-01", 85);
        List<Rubric> versions = List.of(v2027, v2026);
        assertEquals("CD-2026", Rubric.validOn(versions, LocalDate.of(2026, 12, 31)).orElseThrow().code());
        assertEquals("CD-2027", Rubric.validOn(versions, LocalDate.of(2027, 1, 1)).orElseThrow().code());
        assertTrue(Rubric.validOn(versions, LocalDate.of(2025, 12, 31)).isEmpty(), "none before the first version");
        // the same scores pass under 2026 and fail under 2027: a later version never rescored an earlier inspection
        assertTrue(v2026.score(scores(18, 26, 16, 12, 10), List.of()).passed());
        assertFalse(v2027.score(scores(18, 26, 16, 12, 10), List.of()).passed());
    }
}
