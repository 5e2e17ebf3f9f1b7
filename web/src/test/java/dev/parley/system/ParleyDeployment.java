package dev.parley.system;

import java.io.File;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * System tests drive the real parley.war — the same artifact bin/run starts — from outside,
 * over HTTP and WebSocket, on Payara Micro against real PostgreSQL. No classes are hand-listed.
 */
@RunAsClient
public abstract class ParleyDeployment {

    @Deployment(testable = false)
    public static WebArchive parley() {
        // Payara Micro first redeploys what the previous test class left in its root directory;
        // each class starts from a clean one instead (the previous Micro has stopped by now).
        deleteRecursively(new File("target/it/micro-root"));
        File war = new File(System.getProperty("parley.war", "target/parley.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    private static void deleteRecursively(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteRecursively(child);
            }
        }
        file.delete();
    }
}
