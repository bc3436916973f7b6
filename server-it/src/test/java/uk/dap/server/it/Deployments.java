package uk.dap.server.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR Maven built, deployed as it ships: tests exercise the real artefact, not a hand-assembled subset. */
final class Deployments {
    private Deployments() {
    }

    static WebArchive server() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("server.war", "target/dap-server.war")));
    }
}
