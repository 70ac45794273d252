package net.wastenet.points.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class UsualWeightTest {
    static List<BigDecimal> kg(String... values) {
        return Stream.of(values).map(BigDecimal::new).toList();
    }

    @Test
    void aPointWithHistoryIsQuestionedAboveThreeTimesItsMedian() {
        UsualWeight usual = UsualWeight.of(kg("40", "20", "30", "25", "35"));
        assertEquals(5, usual.weighings());
        assertEquals(0, new BigDecimal("30").compareTo(usual.medianKg()));
        assertEquals(0, new BigDecimal("90").compareTo(usual.askAboveKg()));
        assertEquals(0, new BigDecimal("40").compareTo(usual.largestKg()));
        assertFalse(usual.questions(new BigDecimal("90")));
        assertTrue(usual.questions(new BigDecimal("90.5")));
        assertTrue(usual.questions(new BigDecimal("99999")));
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndSmallPointsHaveAFloor() {
        UsualWeight usual = UsualWeight.of(kg("2", "3", "4", "5", "6", "7"));
        assertEquals(0, new BigDecimal("4.5").compareTo(usual.medianKg()));
        assertEquals(0, UsualWeight.FLOOR_KG.compareTo(usual.askAboveKg()), "13.5 kg would question every busy morning");
    }

    @Test
    void withoutEnoughHistoryOnlyImplausibleLoadsAreQuestioned() {
        UsualWeight none = UsualWeight.of(List.of());
        assertEquals(0, none.weighings());
        assertNull(none.medianKg());
        assertFalse(none.questions(new BigDecimal("800")));
        assertTrue(none.questions(new BigDecimal("99999")));
        assertEquals(0, UsualWeight.WITHOUT_HISTORY_KG.compareTo(UsualWeight.of(kg("10", "10")).askAboveKg()));
    }
}
