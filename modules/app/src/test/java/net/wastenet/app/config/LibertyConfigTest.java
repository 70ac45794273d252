package net.wastenet.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The server configuration that ships (liberty-config/) is the production one: no demo users unless the demo
 * profile is chosen, HTTPS on, no test-only feature, the security headers on every answer.
 */
class LibertyConfigTest {
    static final Path CONFIG = Path.of("../../liberty-config");

    static String read(String file) throws Exception {
        return Files.readString(CONFIG.resolve(file));
    }

    @Test
    void theDemoUsersAreIncludedOnlyInTheDemoProfileAndProductionIsTheDefault() throws Exception {
        String server = read("server.xml");
        assertFalse(server.contains("<basicRegistry"), "no user registry in server.xml itself");
        assertTrue(server.contains("<variable name=\"wastenet.profile\" defaultValue=\"production\"/>"));
        assertTrue(server.contains("<include location=\"${server.config.dir}/profile-${wastenet.profile}.xml\" optional=\"true\"/>"));
        assertFalse(Files.exists(CONFIG.resolve("users.xml")), "the default users file (wastenet.users.file) is the operator's, not shipped");
        assertFalse(Files.exists(CONFIG.resolve("profile-production.xml")), "production has no users of ours");
        assertTrue(read("profile-demo.xml").contains("basicRegistry"));
    }

    @Test
    void httpsIsOnAndPlainHttpOffByDefault() throws Exception {
        String server = read("server.xml");
        assertTrue(server.contains("<feature>transportSecurity-1.0</feature>"));
        assertTrue(server.contains("<variable name=\"wastenet.https.port\" defaultValue=\"9443\"/>"));
        assertTrue(server.contains("<variable name=\"wastenet.http.port\" defaultValue=\"-1\"/>"));
        assertTrue(server.contains("httpsPort=\"${wastenet.https.port}\""));
        assertTrue(server.contains("location=\"${wastenet.tls.keystore}\"") && server.contains("password=\"${wastenet.tls.keystorePassword}\""));
    }

    @Test
    void noTestOnlyFeatureShips() throws Exception {
        assertFalse(read("server.xml").contains("localConnector"), "Arquillian's connector is the test server's only");
        assertTrue(Files.readString(Path.of("src/test/liberty/configDropins/overrides/test-server.xml")).contains("localConnector-1.0"));
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndNoServerMarker() throws Exception {
        String server = read("server.xml");
        for (String header : new String[] {"X-Content-Type-Options: nosniff", "X-Frame-Options: DENY", "Referrer-Policy: no-referrer",
                "Content-Security-Policy: default-src 'self'", "frame-ancestors 'none'"}) {
            assertTrue(server.contains(header), header);
        }
        assertEquals(1, server.split("<remove>\\$WSEP</remove>", -1).length - 1);
    }
}
