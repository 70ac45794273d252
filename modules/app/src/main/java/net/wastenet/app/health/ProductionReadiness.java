package net.wastenet.app.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Not ready while a production start lacks what makes it safe (no identity provider, default passwords,
 * the self-signed key): {@code /health/ready} answers DOWN naming each, and the log says so at start, so a
 * load balancer never sends real users to it. The demo profile is ready as it is.
 */
@Readiness
@ApplicationScoped
public class ProductionReadiness implements HealthCheck {
    private static final Logger LOG = Logger.getLogger(ProductionReadiness.class.getName());

    static ProductionSettings settings() {
        Config config = ConfigProvider.getConfig();
        return ProductionSettings.from(name -> config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()));
    }

    void atStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        ProductionSettings s = settings();
        if (!s.missing().isEmpty()) {
            LOG.severe("NOT READY FOR PRODUCTION (wastenet.profile=" + s.profile() + "): " + String.join("; ", s.missing())
                    + ". /health/ready answers DOWN until they are set (docs/operations.md, \"Production installation\").");
        } else if (s.isDemo()) {
            LOG.warning("demo profile: the demo users (password \"wastenet\") can sign in; never use it for real users");
        }
    }

    @Override
    public HealthCheckResponse call() {
        ProductionSettings s = settings();
        var response = HealthCheckResponse.named("production-settings").withData("profile", s.profile());
        var missing = s.missing();
        for (int i = 0; i < missing.size(); i++) {
            response.withData("missing." + (i + 1), missing.get(i));
        }
        return response.status(missing.isEmpty()).build();
    }
}
