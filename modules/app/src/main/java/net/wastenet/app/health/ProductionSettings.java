package net.wastenet.app.health;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a production start still lacks to be safe: the settings an operator must give before the server
 * takes real users. The demo profile has its demo users and the self-signed key on purpose and lacks nothing.
 */
public record ProductionSettings(String profile, boolean identityProviderKey, boolean audiences, String keystorePassword,
                                 String databasePassword) {
    static final String DEFAULT_PASSWORD = "wastenet";
    static final String SELF_SIGNED_KEYSTORE_PASSWORD = "wastenet-self-signed";

    /** The settings as configuration gives them (MicroProfile Config, which reads the server's variables too). */
    public static ProductionSettings from(Function<String, Optional<String>> config) {
        return new ProductionSettings(config.apply("wastenet.profile").orElse("production"),
                config.apply("mp.jwt.verify.publickey").or(() -> config.apply("mp.jwt.verify.publickey.location")).isPresent(),
                config.apply("mp.jwt.verify.audiences").isPresent(),
                config.apply("wastenet.tls.keystorePassword").orElse(SELF_SIGNED_KEYSTORE_PASSWORD),
                config.apply("wastenet.db.password").orElse(DEFAULT_PASSWORD));
    }

    public boolean isDemo() {
        return "demo".equalsIgnoreCase(profile);
    }

    /** Each thing missing, in words an operator acts on; empty when the start is fit for production. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (isDemo()) {
            return missing;
        }
        if (!"production".equalsIgnoreCase(profile)) {
            missing.add("wastenet.profile is '" + profile + "': use production (or demo for a demonstration)");
        }
        if (!identityProviderKey) {
            missing.add("no identity provider: set mp.jwt.verify.publickey.location (MP_JWT_VERIFY_PUBLICKEY_LOCATION) "
                    + "and mp.jwt.verify.issuer to the city's identity provider");
        }
        if (!audiences) {
            missing.add("tokens' audience unchecked: set mp.jwt.verify.audiences (MP_JWT_VERIFY_AUDIENCES) to WasteNet's "
                    + "client id at the identity provider");
        }
        if (SELF_SIGNED_KEYSTORE_PASSWORD.equals(keystorePassword)) {
            missing.add("HTTPS uses the generated self-signed key with its default password: set wastenet.tls.keystore "
                    + "and wastenet.tls.keystorePassword (WASTENET_TLS_KEYSTORE, WASTENET_TLS_KEYSTOREPASSWORD)");
        }
        if (DEFAULT_PASSWORD.equals(databasePassword)) {
            missing.add("the database password is the default one: set wastenet.db.password (WASTENET_DB_PASSWORD)");
        }
        return missing;
    }
}
