package uk.dap.server.portal.interfaces;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The pages ask for GOV.UK Frontend at the version the build brings: a version changed in one place only fails here. */
class GovukFrontendTest {
    @Test
    void thePagesNameTheFilesTheWebJarHolds() throws Exception {
        for (String file : new String[] {GovukFrontend.CSS, GovukFrontend.JS}) {
            assertThat(getClass().getResource("/META-INF/resources" + file)).as(file).isNotNull();
        }
        assertThat(Files.readString(Path.of("src/main/webapp/portal-static/portal.js"))).contains("'" + GovukFrontend.JS + "'");
    }
}
