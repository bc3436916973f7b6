package uk.dap.kiosk;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import uk.dap.shared.client.DapClient;

/**
 * The real service for GUI tests: Payara Micro with the server WAR Maven built, demo data on, its own encrypted Derby
 * in target/gui-server. Started once per test class; the client under test talks to it over real HTTP.
 */
final class RealServer implements AutoCloseable {
    private final Process process;
    final URI uri;

    private RealServer(Process process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    static RealServer start() throws IOException, InterruptedException {
        Path dir = Path.of(System.getProperty("gui.server.dir", "target/gui-server")).toAbsolutePath();
        Path run = Files.createTempDirectory(dir, "run");
        Files.createDirectories(run.resolve("tmp"));
        int port = freePort();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Duser.timezone=UTC", "-Djava.io.tmpdir=" + run.resolve("tmp"),
                "-Ddap.demo=true", "-Ddap.data.dir=" + run.resolve("data"), "-Ddap.keys.dir=" + run.resolve("keys"),
                "-jar", dir.resolve("payara-micro.jar").toString(), "--nocluster", "--port", Integer.toString(port),
                "--deploy", dir.resolve("dap-server.war").toString(), "--contextroot", "/");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(run.resolve("server.log").toFile()).start();
        URI uri = URI.create("http://localhost:" + port + "/");
        RealServer server = new RealServer(process, uri);
        try (DapClient probe = new DapClient(uri, Duration.ofSeconds(2))) {
            long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (!probe.isReady()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    server.close();
                    throw new IllegalStateException("The server did not start; see " + run.resolve("server.log"));
                }
                Thread.sleep(500);
            }
        }
        return server;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
