package net.wastenet.app.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import net.wastenet.points.demo.ChengduNetworkDemo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads each module's part of the Chengdu demo, in dependency order, into an empty database. */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    ChengduNetworkDemo network;

    @Inject
    @ConfigProperty(name = "wastenet.demo.seed", defaultValue = "2026")
    long seed;

    public void loadIfEmpty() {
        if (network.isLoaded()) {
            LOG.info("demo data: the database already holds a network; nothing loaded");
            return;
        }
        network.load(seed);
    }
}
