package net.wastenet.quality.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which contamination found at a community's points feeds the purity veto of an inspection. */
class ContaminationTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 20);

    static Contamination refusal(String point, LocalDate day, boolean repeated) {
        return Contamination.note(Contamination.Kind.REFUSAL, point, "510104", day, "1", null, repeated, LocalDateTime.now());
    }

    @Test
    void aRepeatedRefusalAtAServingPointWithinThirtyDaysFeedsTheVeto() {
        assertTrue(Contamination.feedsPurityVeto(List.of(refusal("JJ-P001", DAY.minusDays(29), true)), Set.of("JJ-P001"), DAY, 30));
        assertTrue(Contamination.feedsPurityVeto(List.of(refusal("JJ-P001", DAY, true)), Set.of("JJ-P001"), DAY, 30));
    }

    @Test
    void aSingleRefusalARejectionAnOldRefusalOrOneElsewhereDoesNot() {
        assertFalse(Contamination.feedsPurityVeto(List.of(refusal("JJ-P001", DAY, false)), Set.of("JJ-P001"), DAY, 30), "not a repeat");
        assertFalse(Contamination.feedsPurityVeto(List.of(refusal("JJ-P001", DAY.minusDays(30), true)), Set.of("JJ-P001"), DAY, 30),
                "31 days including the inspection's");
        assertFalse(Contamination.feedsPurityVeto(List.of(refusal("JJ-P002", DAY, true)), Set.of("JJ-P001"), DAY, 30), "another point");
        assertFalse(Contamination.feedsPurityVeto(List.of(refusal("JJ-P001", DAY.plusDays(1), true)), Set.of("JJ-P001"), DAY, 30),
                "after the inspection");
        assertFalse(Contamination.feedsPurityVeto(List.of(Contamination.note(Contamination.Kind.REJECTION, "JJ-P001", "510104", DAY,
                "KW-1", new BigDecimal("120"), false, LocalDateTime.now())), Set.of("JJ-P001"), DAY, 30), "a rejection is on the record only");
    }
}
