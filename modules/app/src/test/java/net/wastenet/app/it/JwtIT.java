package net.wastenet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Production sign-in: a MicroProfile JWT from the identity provider (here the test key pair of
 * src/test/resources/jwt, which only the test server trusts). Its upn is the user, its groups the
 * roles; scopes are WasteNet's own. A token that is expired, from another issuer or signed with
 * another key is refused (401); requests without a bearer token still use the user registry.
 */
@ExtendWith(ArquillianExtension.class)
class JwtIT {
    static final String ISSUER = "https://idp.test.wastenet.net";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL url;

    static PrivateKey testKey() throws Exception {
        String pem = Files.readString(Path.of("src/test/resources/jwt/test-private-pkcs8.pem"));
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    }

    /** The audience the test server expects (mp.jwt.verify.audiences in its bootstrap properties). */
    static final String AUDIENCE = "wastenet-it";

    static String token(PrivateKey key, String issuer, String user, String groupsJson, long expiresInSeconds) throws Exception {
        return token(key, issuer, AUDIENCE, user, groupsJson, expiresInSeconds);
    }

    static String token(PrivateKey key, String issuer, String audience, String user, String groupsJson, long expiresInSeconds)
            throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"" + issuer + "\"" + (audience == null ? "" : ",\"aud\":\"" + audience + "\"")
                + ",\"sub\":\"" + user + "\",\"upn\":\"" + user + "\",\"groups\":"
                + groupsJson + ",\"iat\":" + (now - 5) + ",\"exp\":" + (now + expiresInSeconds) + ",\"jti\":\"" + UUID.randomUUID() + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update((header + "." + claims).getBytes(StandardCharsets.US_ASCII));
        return header + "." + claims + "." + b64.encodeToString(rsa.sign());
    }

    HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url.toString()).resolve(path)).header("Authorization", "Bearer " + token)
                .GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        Contract.check(request, null, response);
        return response;
    }

    @Test
    void aTokenFromTheIdentityProviderSignsTheUserInWithTheRolesOfItsGroups() throws Exception {
        PrivateKey key = testKey();
        var me = get("api/v1/me", token(key, ISSUER, "officer-jj", "[\"DISTRICT_OFFICER\"]", 300));
        assertEquals(200, me.statusCode(), me::body);
        assertTrue(me.body().contains("\"username\":\"officer-jj\""), me.body());
        assertTrue(me.body().contains("DISTRICT_OFFICER") && me.body().contains("510104"), "roles from the token, scope from WasteNet: " + me.body());
        String officer = token(key, ISSUER, "officer-jj", "[\"DISTRICT_OFFICER\"]", 300);
        assertEquals(200, get("api/v1/returns?period=2026-01", officer).statusCode());
        assertEquals(403, get("api/v1/audit", officer).statusCode(), "the token's roles are the only roles");
        assertEquals(200, get("api/v1/audit", token(key, ISSUER, "bureau", "[\"BUREAU\"]", 300)).statusCode());
    }

    @Test
    void anExpiredForeignOrForgedTokenIsRefused() throws Exception {
        PrivateKey key = testKey();
        assertEquals(401, get("api/v1/me", token(key, ISSUER, "bureau", "[\"BUREAU\"]", -120)).statusCode(), "expired");
        assertEquals(401, get("api/v1/me", token(key, "https://evil.example", "bureau", "[\"BUREAU\"]", 300)).statusCode(), "another issuer");
        var other = KeyPairGenerator.getInstance("RSA");
        other.initialize(2048);
        assertEquals(401, get("api/v1/me", token(other.generateKeyPair().getPrivate(), ISSUER, "bureau", "[\"BUREAU\"]", 300)).statusCode(),
                "signed with another key");
        String good = token(key, ISSUER, "station-jj01", "[\"STATION_STAFF\"]", 300);
        String[] parts = good.split("\\.");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8).replace("STATION_STAFF", "ADMIN").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertEquals(401, get("api/v1/me", forged).statusCode(), "claims changed after signing");
        assertEquals(401, get("api/v1/me", "not-a-token").statusCode());
        assertEquals(200, new Api(url).get("api/v1/me", "bureau").status(), "without a bearer token the user registry still answers");
    }

    @Test
    void aTokenForAnotherAudienceOrForNoneIsRefused() throws Exception {
        PrivateKey key = testKey();
        assertEquals(200, get("api/v1/me", token(key, ISSUER, AUDIENCE, "bureau", "[\"BUREAU\"]", 300)).statusCode());
        assertEquals(401, get("api/v1/me", token(key, ISSUER, "another-application", "bureau", "[\"BUREAU\"]", 300)).statusCode(),
                "a token the identity provider issued for another application");
        assertEquals(401, get("api/v1/me", token(key, ISSUER, null, "bureau", "[\"BUREAU\"]", 300)).statusCode(), "a token without audience");
    }
}
