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
        File war = new File(System.getProperty("parley.war", "target/parley.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }
}
