package net.wastenet.recyclables.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributionTest {
    static BigDecimal kg(String v) {
        return new BigDecimal(v);
    }

    @Test
    void outputsAreSharedInProportionToWhatEachDistrictDelivered() {
        Map<String, BigDecimal> received = new LinkedHashMap<>();
        received.put("510104", kg("3000"));
        received.put("510105", kg("1000"));
        Map<String, BigDecimal> out = Attribution.proportional(received, kg("2000"));
        assertEquals(0, kg("1500").compareTo(out.get("510104")));
        assertEquals(0, kg("500").compareTo(out.get("510105")));
    }

    @Test
    void thePartsAlwaysAddUpToTheWholeToTheGram() {
        Map<String, BigDecimal> received = new LinkedHashMap<>();
        received.put("510104", kg("1"));
        received.put("510105", kg("1"));
        received.put("510106", kg("1"));
        Map<String, BigDecimal> out = Attribution.proportional(received, kg("100"));
        BigDecimal sum = out.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(0, kg("100").compareTo(sum));
        assertEquals(0, kg("33.334").compareTo(out.get("510104")), "the extra gram goes to a largest remainder, by code");
        assertEquals(0, kg("33.333").compareTo(out.get("510105")));
    }

    @Test
    void nothingReceivedAttributesNothing() {
        assertTrue(Attribution.proportional(Map.of(), kg("10")).isEmpty());
        assertTrue(Attribution.proportional(Map.of("510104", BigDecimal.ZERO), kg("10")).isEmpty());
    }
}
