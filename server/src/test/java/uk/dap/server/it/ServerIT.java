package uk.dap.server.it;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that talks to the real server from outside, as a client would: Arquillian starts one Payara Micro
 * with the WAR Maven built (not testable, so every test runs as a client) and each test gets an {@link Api} on it.
 */
@ExtendWith(ArquillianExtension.class)
abstract class ServerIT {
    @ArquillianResource
    URL base;
    Api api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.server();
    }

    @BeforeEach
    void connect() {
        api = new Api(base);
    }
}
