package net.wastenet.app.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SignatureTest {
    @Test
    void theSignatureIsTheHexHmacSha256OfTheRawBody() {
        // RFC 4231, test case 2
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                Signature.of("Jefe", "what do ya want for nothing?".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void retriesBackOffExponentiallyUpToFiveMinutes() {
        assertEquals(1, Deliverer.backoffSeconds(1));
        assertEquals(2, Deliverer.backoffSeconds(2));
        assertEquals(4, Deliverer.backoffSeconds(3));
        assertEquals(256, Deliverer.backoffSeconds(9));
        assertEquals(300, Deliverer.backoffSeconds(10));
        assertEquals(300, Deliverer.backoffSeconds(1000));
    }

    @Test
    void theEventNamesAreTheContractsOwn() {
        assertEquals(EventType.TONNAGE_LOG_CORRECTED, EventType.of("tonnage-log.corrected"));
        assertEquals(EventType.MANIFEST_PICKED_UP, EventType.of("manifest.picked-up"));
        assertEquals(EventType.RETURN_LOCKED, EventType.of("return.locked"));
        assertEquals(EventType.WARNING_RAISED, EventType.of("warning.raised"));
        assertEquals(null, EventType.of("manifest.lost"));
    }
}
