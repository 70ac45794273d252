package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a hostile client sees of the server's defaults: every answer (page, API, error, health) carries the
 * security headers; errors tell nothing of the platform; HTTPS answers; the benchmark endpoint is absent in
 * a normal start; guessing a password is refused for a while after a few tries.
 */
@ExtendWith(ArquillianExtension.class)
class ProductionDefaultsIT {
    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    static void assertSecurityHeaders(String what, java.net.http.HttpHeaders h) {
        String csp = h.firstValue("Content-Security-Policy").orElse(null);
        assertNotNull(csp, what + ": Content-Security-Policy");
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
                what + ": " + csp);
        assertEquals("nosniff", h.firstValue("X-Content-Type-Options").orElse(null), what);
        assertEquals("DENY", h.firstValue("X-Frame-Options").orElse(null), what);
        assertEquals("no-referrer", h.firstValue("Referrer-Policy").orElse(null), what);
        assertFalse(h.firstValue("$WSEP").isPresent(), what + ": $WSEP");
    }

    @Test
    void everyPageAndAnswerCarriesTheSecurityHeaders() {
        Api api = new Api(url);
        for (String page : new String[] {"", "index.html", "station.html", "bureau.html", "assets/app.css", "assets/api.js"}) {
            var r = api.get(page, null);
            assertEquals(200, r.status(), page);
            assertSecurityHeaders(page, r.headers());
        }
        assertSecurityHeaders("an API answer", api.get("api/v1/districts", "bureau").headers());
        assertSecurityHeaders("no credentials", api.get("api/v1/districts", null).headers());
        assertSecurityHeaders("readiness", api.atServerRoot().get("health/ready", null).headers());
    }

    @Test
    void errorAnswersSayNothingOfTheServersInternals() {
        Api api = new Api(url);
        for (var r : new Api.Reply[] {api.get("api/v1/no-such-thing", "bureau"), api.put("api/v1/audit", "admin", "{}"),
                api.post("api/v1/districts", "admin", "application/xml", "<x/>", null), api.get("no-such-page.html", null)}) {
            assertTrue(r.status() >= 400, r::toString);
            assertTrue(r.isProblem(), r::toString);
            assertFalse(r.text().contains("RESTEASY"), r::toString);
            assertFalse(r.text().toLowerCase().contains("exception"), r::toString);
            assertFalse(r.headers().firstValue("$WSEP").isPresent(), r::toString);
            assertFalse(r.headers().firstValue("Server").isPresent(), "no Server header: " + r);
        }
    }

    @Test
    void theBenchmarkEchoIsAbsentInANormalStart() {
        var echo = new Api(url).post("api/v1/diagnostics/echo", "bureau", "{\"a\":1}");
        assertEquals(404, echo.status(), echo::toString);
        assertTrue(echo.isProblem());
    }

    @Test
    void httpsAnswersWithTheServersKey() throws Exception {
        String port = System.getProperty("wastenet.it.httpsPort", "9182");
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        HttpClient https = HttpClient.newBuilder().sslContext(trustAll).connectTimeout(Duration.ofSeconds(10)).build();
        var r = https.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("bureau:wastenet".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"username\":\"bureau\""), r.body());
        assertTrue(r.sslSession().isPresent() && r.sslSession().get().getProtocol().startsWith("TLSv1."));
        assertSecurityHeaders("over HTTPS", r.headers());
    }

    @Test
    void guessingAPasswordIsRefusedForAWhileAfterFiveTries() {
        Api api = new Api(url);
        String user = "guess-" + Deployments.uniqueTag().toLowerCase();
        for (int i = 0; i < 5; i++) {
            var r = api.getWithPassword("api/v1/me", user, "wrong-" + i);
            assertEquals(401, r.status(), "try " + i + ": " + r);
        }
        var refused = api.getWithPassword("api/v1/me", user, "wrong-again");
        assertEquals(429, refused.status(), refused::toString);
        assertTrue(refused.isProblem());
        assertTrue(Integer.parseInt(refused.header("Retry-After")) > 200, refused::toString);
        assertEquals(200, api.get("api/v1/me", "bureau").status(), "other users sign in as before");
    }
}
