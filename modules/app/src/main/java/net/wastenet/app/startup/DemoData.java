package net.wastenet.app.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.logging.Logger;
import net.wastenet.app.access.Scopes;
import net.wastenet.shared.Actor;
import net.wastenet.points.demo.ChengduNetworkDemo;
import net.wastenet.kitchen.demo.KitchenWasteDemo;
import net.wastenet.reporting.demo.ReportingDemo;
import net.wastenet.quality.demo.QualityDemo;
import net.wastenet.charges.demo.ChargesDemo;
import net.wastenet.recyclables.demo.RecyclablesDemo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads each module's part of the Chengdu demo, in dependency order, into an empty database. */
@ApplicationScoped
public class DemoData {
    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @Inject
    ChengduNetworkDemo network;
    @Inject
    RecyclablesDemo facilities;
    @Inject
    KitchenWasteDemo kitchen;
    @Inject
    ReportingDemo returns;
    @Inject
    QualityDemo quality;
    @Inject
    ChargesDemo charges;
    @Inject
    Scopes scopes;

    @Inject
    @ConfigProperty(name = "wastenet.demo.seed", defaultValue = "2026")
    long seed;

    public void loadIfEmpty() {
        if (network.isLoaded()) {
            LOG.info("demo data: the database already holds a network; nothing loaded");
        } else {
            network.load(seed);
        }
        if (!facilities.isLoaded()) {
            facilities.load(seed);
        }
        if (!kitchen.isLoaded()) {
            kitchen.load(seed);
        }
        if (!returns.isLoaded()) {
            returns.load();
        }
        if (!quality.isLoaded()) {
            quality.load(seed);
        }
        if (!charges.isLoaded()) {
            charges.load();
        }
        grantDemoUsers();
    }

    /** The demo users' scope (profile-demo.xml): a Jinjiang station worker, the Jinjiang officer and inspector, ...; kept if set already. */
    private void grantDemoUsers() {
        Actor system = Actor.system("demo");
        if (isEmpty(scopes.of("station-jj01"))) {
            scopes.replace("station-jj01", new Scopes.Scope(Set.of("JJ-P001", "JJ-P002", "JJ-S01"), Set.of(), Set.of(), Set.of()), system);
        }
        if (isEmpty(scopes.of("plant-ql"))) {
            scopes.replace("plant-ql", new Scopes.Scope(Set.of(), Set.of(), Set.of(), Set.of("QL-KW01", "JJ-SC01")), system);
        }
        if (isEmpty(scopes.of("hauler01"))) {
            scopes.replace("hauler01", new Scopes.Scope(Set.of(), Set.of(), Set.of("H01"), Set.of()), system);
        }
        if (isEmpty(scopes.of("officer-jj"))) {
            scopes.replace("officer-jj", new Scopes.Scope(Set.of(), Set.of("510104"), Set.of(), Set.of()), system);
        }
        if (isEmpty(scopes.of("inspector-jj"))) {
            scopes.replace("inspector-jj", new Scopes.Scope(Set.of(), Set.of("510104"), Set.of(), Set.of()), system);
        }
    }

    private static boolean isEmpty(Scopes.Scope s) {
        return s.points().isEmpty() && s.districts().isEmpty() && s.haulers().isEmpty() && s.facilities().isEmpty();
    }
}
