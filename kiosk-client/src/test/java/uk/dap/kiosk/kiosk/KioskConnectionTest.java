package uk.dap.kiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.shared.api.KioskCredential;
import uk.dap.shared.client.DapClient;

/** The kiosk's connection without Swing: what it says when the server cannot be reached, and that it tries again. */
class KioskConnectionTest {
    private final ScheduledExecutorService network = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() {
        network.shutdownNow();
    }

    @Test
    void aServerThatCannotBeReachedIsSaidPlainlyAndTriedAgain() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        List<String> said = new CopyOnWriteArrayList<>();
        try (DapClient client = new DapClient(URI.create("http://127.0.0.1:" + closedPort + "/"), Duration.ofSeconds(2))) {
            KioskConnection connection = new KioskConnection(client, new KioskCredential(1, "device-secret", 1, "Riverside Family Hub (demo)",
                    "Group room 1"), network, new KioskConnection.Events() {
                        @Override
                        public void status(StatusBanner.Kind kind, String key) {
                            said.add(kind + " " + key);
                        }

                        @Override
                        public void signedIn() {
                            said.add("signed in");
                        }
                    });

            connection.start(null);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(KioskConnection.RETRY_SECONDS + 10);
            while (said.size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }

            assertThat(said).as("the first try and the retry %d s later", KioskConnection.RETRY_SECONDS)
                    .startsWith("PROBLEM status.unreachable", "PROBLEM status.unreachable");
            assertThat(connection.isConnected()).isFalse();
        }
    }
}
