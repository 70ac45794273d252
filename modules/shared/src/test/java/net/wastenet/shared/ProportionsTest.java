package net.wastenet.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProportionsTest {
    @Test
    void aWeighbridgeWeightIsSharedOverManifestsToTheGram() {
        Map<String, BigDecimal> pickups = new LinkedHashMap<>();
        pickups.put("KW-1", new BigDecimal("640.5"));
        pickups.put("KW-2", new BigDecimal("359.5"));
        Map<String, BigDecimal> shares = Proportions.split(pickups, new BigDecimal("1010"));
        assertEquals(0, new BigDecimal("646.905").compareTo(shares.get("KW-1")));
        assertEquals(0, new BigDecimal("363.095").compareTo(shares.get("KW-2")));
        assertEquals(0, new BigDecimal("1010").compareTo(shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
    }
}
