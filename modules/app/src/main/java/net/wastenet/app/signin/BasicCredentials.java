package net.wastenet.app.signin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The user name of an HTTP Basic {@code Authorization} header, or null when the header is no such thing. */
final class BasicCredentials {
    private BasicCredentials() {
    }

    static String user(String authorization) {
        if (authorization == null || authorization.length() < 7 || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon <= 0 ? null : pair.substring(0, Math.min(colon, 128));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
