package net.wastenet.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WeightTest {
    @Test
    void aScaleReadingWithinTheLimitsIsAWeight() {
        assertNull(Weight.problemWith(new BigDecimal("0.001")));
        assertNull(Weight.problemWith(new BigDecimal("100000")));
        assertEquals(new BigDecimal("152.500"), Weight.kg("152.5").kilograms());
    }

    @Test
    void zeroNegativeOverTheLimitAndSubGramAreRefusedWithAReason() {
        assertEquals("must be greater than 0 kg", Weight.problemWith(BigDecimal.ZERO).en());
        assertEquals("must be greater than 0 kg", Weight.problemWith(new BigDecimal("-3")).en());
        assertEquals("must be at most 100000 kg per record", Weight.problemWith(new BigDecimal("100000.001")).en());
        assertEquals("must be given to the gram at most (3 decimals)", Weight.problemWith(new BigDecimal("1.0001")).en());
        assertNotNull(Weight.problemWith(null));
        assertThrows(IllegalArgumentException.class, () -> Weight.kg("0"));
    }

    @Test
    void checkingRecordsTheProblemUnderTheClientsFieldName() {
        Problems problems = new Problems();
        assertNull(Weight.check(new BigDecimal("-1"), "inputKg", problems));
        assertEquals("inputKg", problems.errors().get(0).field());
        assertEquals("必须大于 0 千克", problems.errors().get(0).message().zh());
    }

    @Test
    void weightsCompareByValueNotByScale() {
        assertEquals(Weight.kg("2.5"), Weight.kg("2.500"));
        assertEquals(Weight.kg("2.5").hashCode(), Weight.kg("2.50").hashCode());
    }
}
