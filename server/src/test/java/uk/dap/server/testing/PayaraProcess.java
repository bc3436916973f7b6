package uk.dap.server.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real service as its own process, the way an operator starts it: Payara Micro with the WAR Maven built at the
 * root context, its own encrypted Derby and keys in a fresh folder. It can be stopped (cleanly, or by a hard kill) and
 * started again on the same port with the same database, as an operator's restart would. Used by the integration tests
 * through {@link SharedServer}, by tests that need settings of their own (first start without demo data), and by the
 * client's GUI tests; shipped to other modules in the server's test jar.
 */
public final class PayaraProcess implements AutoCloseable {
    private final Path payaraJar;
    private final Path war;
    private final Path folder;
    private final int port;
    private final Map<String, String> settings;
    private final List<String> jvmOptions;
    private volatile Process process;
    /** Set by {@link #close}: a launch still under way when the test JVM ends stops what it started. */
    private volatile boolean closed;

    private PayaraProcess(Path payaraJar, Path war, Path folder, int port, Map<String, String> settings, List<String> jvmOptions) {
        this.payaraJar = payaraJar;
        this.war = war;
        this.folder = folder;
        this.port = port;
        this.settings = Map.copyOf(settings);
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * JVM options for a server that starts, serves a few requests and stops (a first start, a restart test): the
     * quick compiler only. The optimising compiler spent about 20 s of CPU on each start, half of it, and earns that
     * back only in a server that runs long (docs/operations.md, "Test suite"). Long-running shared servers and the
     * benchmarks keep it.
     */
    public static final List<String> BRIEF = List.of("-XX:TieredStopAtLevel=1");

    /**
     * Starts the server in a new folder under {@code workDir} with the given {@code dap.*} settings as system
     * properties, and waits until it is ready (at most three minutes, or {@code dap.test.serverStartMinutes}).
     */
    public static PayaraProcess start(Path payaraJar, Path war, Path workDir, Map<String, String> settings)
            throws IOException, InterruptedException {
        return start(payaraJar, war, workDir, settings, List.of());
    }

    /** As {@link #start(Path, Path, Path, Map)}, with JVM options of its own (e.g. {@link #BRIEF}). */
    public static PayaraProcess start(Path payaraJar, Path war, Path workDir, Map<String, String> settings, List<String> jvmOptions)
            throws IOException, InterruptedException {
        PayaraProcess server = prepare(payaraJar, war, workDir, settings, jvmOptions);
        server.launch();
        return server;
    }

    /** The server in a new folder under {@code workDir}, not launched yet: for a caller that must be able to stop it while it starts. */
    public static PayaraProcess prepare(Path payaraJar, Path war, Path workDir, Map<String, String> settings, List<String> jvmOptions)
            throws IOException {
        Files.createDirectories(workDir);
        Path folder = Files.createTempDirectory(workDir.toAbsolutePath(), "server");
        return new PayaraProcess(payaraJar, war, folder, freePort(), settings, jvmOptions);
    }

    /** Starts the server (again) in its folder and on its port, and waits until it is ready. */
    public void launch() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("The server is already running");
        }
        Files.createDirectories(folder.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Djava.awt.headless=true", "-Duser.timezone=UTC", "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl",
                "-Djava.io.tmpdir=" + folder.resolve("tmp"), "-Ddap.data.dir=" + folder.resolve("data"), "-Ddap.keys.dir=" + folder.resolve("keys"),
                // Never a nightly retention run in a test server: tests share its data and make histories years old.
                // A test that runs the schedule asks for a run itself (settings may say otherwise: a later -D wins).
                "-Ddap.retention.hour=-1"));
        settings.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.addAll(jvmOptions);
        // Extra JVM options for the server, e.g. a flight recording while profiling the benchmark.
        String extra = System.getProperty("dap.test.serverJvmArgs", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        command.addAll(List.of("-jar", payaraJar.toAbsolutePath().toString(), "--nocluster", "--port", Integer.toString(port),
                "--prebootcommandfile", preBootCommands().toString(), "--deploy", war.toAbsolutePath().toString(), "--contextroot", "/"));
        // A restart appends to the same log, so one file tells the whole story of the server.
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
        if (closed) {
            kill();
            throw new IllegalStateException("Closed while launching");
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(uri().resolve("/health/ready")).timeout(Duration.ofSeconds(5)).build();
        // A busy machine (other builds on the same cores) may need longer: -Ddap.test.serverStartMinutes=10.
        long deadline = System.nanoTime() + Duration.ofMinutes(Long.getLong("dap.test.serverStartMinutes", 3)).toNanos();
        String lastAnswer = "no answer yet";
        while (process.isAlive() && System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = http.send(ready, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200) {
                    return;
                }
                lastAnswer = answer.statusCode() + " " + answer.body();
            } catch (IOException e) {
                lastAnswer = e.toString();
            }
            Thread.sleep(300);
        }
        kill();
        throw new IllegalStateException("The server did not become ready (last answer: " + lastAnswer + "); see " + log());
    }

    /** Payara's settings for the service (server/src/main/payara), which the build puts beside the WAR. */
    public static final String PRE_BOOT_COMMANDS = "pre-boot-commands.txt";

    private Path preBootCommands() {
        Path commands = war.toAbsolutePath().resolveSibling(PRE_BOOT_COMMANDS);
        if (!Files.isRegularFile(commands)) {
            throw new IllegalStateException("No " + commands + ": the build copies it beside the WAR (a copy of the WAR needs it too)");
        }
        return commands;
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public URI uri() {
        return URI.create("http://localhost:" + port + "/");
    }

    /** The server's process id, for what /proc says of it (the benchmarks' memory). */
    public long pid() {
        return process.pid();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * CPU time the server process has used so far (user and system, all threads), from /proc on Linux; the
     * benchmarks divide its growth by the requests served to get CPU per request, a figure other load on the machine
     * disturbs much less than throughput. NaN where /proc is not there.
     */
    public double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // Fields after the command name, which is in brackets and may hold spaces: utime and stime are 14th and 15th.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
        } catch (IOException | RuntimeException notLinux) {
            return Double.NaN;
        }
    }

    /** Everything the server printed: what an operator sees in the console. */
    public Path log() {
        return folder.resolve("server.log");
    }

    /** The server's own folder: {@code data} (the encrypted database), {@code keys}, {@code tmp} and the log. */
    public Path folder() {
        return folder;
    }

    /** The exit status of a server that has stopped by itself; empty while it runs or before it was launched. */
    public java.util.OptionalInt exitStatus() {
        return process == null || process.isAlive() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(process.exitValue());
    }

    /** Kills the server process at once (SIGKILL): no clean shutdown of anything, as a power cut would. */
    public void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /**
     * Stops the server as Ctrl-C would, so that it shuts Derby down cleanly; one that has not stopped after a minute is
     * killed, so that no test run leaves a server behind.
     */
    public void stop() throws InterruptedException {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                kill();
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
