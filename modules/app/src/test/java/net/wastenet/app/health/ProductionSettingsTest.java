package net.wastenet.app.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A production start without an identity provider, or with default passwords, is not ready, and says why. */
class ProductionSettingsTest {
    static ProductionSettings of(Map<String, String> config) {
        return ProductionSettings.from(name -> Optional.ofNullable(config.get(name)));
    }

    @Test
    void aProductionStartWithNothingSetNamesEverythingItLacks() {
        var missing = of(Map.of()).missing();
        assertEquals(4, missing.size(), missing.toString());
        assertTrue(missing.get(0).contains("no identity provider"), missing.toString());
        assertTrue(missing.get(1).contains("mp.jwt.verify.audiences"), missing.toString());
        assertTrue(missing.get(2).contains("self-signed"), missing.toString());
        assertTrue(missing.get(3).contains("database password"), missing.toString());
    }

    @Test
    void aProductionStartWithItsIdentityProviderKeystoreAndPasswordsIsReady() {
        assertEquals(java.util.List.of(), of(Map.of("mp.jwt.verify.publickey.location", "/etc/wastenet/idp.pem",
                "mp.jwt.verify.audiences", "wastenet", "wastenet.tls.keystorePassword", "s3cret-keystore",
                "wastenet.db.password", "s3cret-db")).missing());
    }

    @Test
    void theDemoProfileIsReadyAsItIsAndAnUnknownProfileIsNot() {
        assertTrue(of(Map.of("wastenet.profile", "demo")).missing().isEmpty());
        assertTrue(of(Map.of("wastenet.profile", "staging")).missing().get(0).contains("wastenet.profile"));
    }
}
