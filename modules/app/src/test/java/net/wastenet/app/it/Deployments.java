package net.wastenet.app.it;

import java.io.File;
import java.util.UUID;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** What every server test deploys: the application exactly as built, the WAR of this module. */
public final class Deployments {
    private Deployments() {
    }

    public static WebArchive application() {
        File war = new File(System.getProperty("wastenet.war", "target/wastenet.war"));
        return ShrinkWrap.create(ZipImporter.class, "wastenet-it.war").importFrom(war).as(WebArchive.class);
    }

    /** A prefix for codes a test creates, so runs against the same test database never collide. */
    public static String uniqueTag() {
        return "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
