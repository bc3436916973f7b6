package uk.dap.server.it;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import uk.dap.server.testing.PayaraProcess;
import uk.dap.server.testing.SharedServer;

/**
 * A test class that talks to the real server from outside, as a client would. Every such class shares one Payara
 * Micro (the WAR Maven built, on one encrypted Derby, demo data on for known accounts), started by the first class
 * and stopped when the run ends: the classes make their data under names of their own (see {@link Cases}). Each test
 * gets an {@link Api} on it.
 */
abstract class ServerIT {
    static final Path PAYARA = Path.of(System.getProperty("payara.micro.jar", "target/payara-micro.jar"));
    static final Path WAR = Path.of(System.getProperty("server.war", "target/dap-server.war"));
    /** The monitoring credential for /metrics (MonitoringIT). */
    static final String MONITORING_TOKEN = "it-monitoring-credential-0123456789";
    /** Sensitive access short enough for CaseworkIT to watch a lead's reasoned access to sensitive notes run out. */
    static final Map<String, String> SETTINGS = Map.of("dap.demo", "true", "dap.casework.sensitiveAccessSeconds", "6",
            "dap.metrics.token", MONITORING_TOKEN);

    URL base;
    Api api;

    /** The one server of the integration-test run. */
    static PayaraProcess server() throws Exception {
        return SharedServer.get("integration-tests", PAYARA, WAR, Api.IT_DIR, SETTINGS, List.of());
    }

    @BeforeEach
    void connect() throws Exception {
        base = server().uri().toURL();
        api = new Api(base);
    }
}
