package uk.dap.kiosk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import uk.dap.server.testing.PayaraProcess;

/**
 * The real server for the kiosk's GUI tests, like {@link PayaraProcess} but able to stop (cleanly or by a hard kill)
 * and start again on the same port with the same encrypted database and keys, as an operator's restart would.
 */
final class KioskServer implements AutoCloseable {
    private final Path dir = Path.of(System.getProperty("gui.server.dir", "target/gui-server"));
    private final Path folder;
    private final int port;
    private Process process;

    private KioskServer(Path folder, int port) {
        this.folder = folder;
        this.port = port;
    }

    static KioskServer start() throws Exception {
        Path dir = Path.of(System.getProperty("gui.server.dir", "target/gui-server"));
        Files.createDirectories(dir);
        KioskServer server = new KioskServer(Files.createTempDirectory(dir.toAbsolutePath(), "kiosk-server"), PayaraProcess.freePort());
        server.launch();
        return server;
    }

    URI uri() {
        return URI.create("http://localhost:" + port + "/");
    }

    Path log() {
        return folder.resolve("server.log");
    }

    /** Starts the server again in the same folder and on the same port; waits until it is ready. */
    void launch() throws IOException, InterruptedException {
        Files.createDirectories(folder.resolve("tmp"));
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-Duser.timezone=UTC", "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl", "-Djava.io.tmpdir=" + folder.resolve("tmp"),
                "-Ddap.data.dir=" + folder.resolve("data"), "-Ddap.keys.dir=" + folder.resolve("keys"), "-Ddap.demo=true",
                "-jar", dir.resolve("payara-micro.jar").toAbsolutePath().toString(), "--nocluster", "--port", Integer.toString(port),
                "--deploy", dir.resolve("dap-server.war").toAbsolutePath().toString(), "--contextroot", "/");
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(uri().resolve("/health/ready")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(300);
        }
        kill();
        throw new IllegalStateException("The server did not become ready; see " + log());
    }

    /** Kills the server process at once (SIGKILL): no clean shutdown of anything. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Stops the server as Ctrl-C would. */
    void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            stop();
        }
    }
}
