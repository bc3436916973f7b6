package uk.dap.server.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * One real server for every test class of a test run that can share it, started by the first class that asks and
 * stopped cleanly when the test JVM ends. Starting Payara Micro costs 15-30 s on two cores, so a server per class made
 * up most of the suite's time (docs/operations.md, "Test suite"). The classes that share one already make their data
 * under names of their own; a test that must stop, kill or configure its server starts a {@link PayaraProcess} of its
 * own instead, or asks for a server under another name.
 */
public final class SharedServer {
    private static final Map<String, PayaraProcess> RUNNING = new HashMap<>();
    /** A server that would not start fails every later class at once, rather than each waiting minutes for its own. */
    private static final Map<String, RuntimeException> FAILED = new HashMap<>();

    private SharedServer() {
    }

    /**
     * The server called {@code name}, started on first use in a new folder under {@code workDir} with these settings.
     * A shared server found stopped (a test that restarts it failed half-way) is started again in the same folder, so
     * one failure does not fail every class after it.
     */
    public static synchronized PayaraProcess get(String name, Path payaraJar, Path war, Path workDir, Map<String, String> settings)
            throws Exception {
        if (FAILED.containsKey(name)) {
            throw FAILED.get(name);
        }
        PayaraProcess server = RUNNING.get(name);
        if (server == null) {
            try {
                server = PayaraProcess.start(payaraJar, war, workDir, settings);
            } catch (Exception | Error e) {
                FAILED.put(name, new IllegalStateException("The shared server '" + name + "' did not start", e));
                throw e;
            }
            RUNNING.put(name, server);
            PayaraProcess started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop shared server " + name));
        } else if (!server.isRunning()) {
            try {
                server.launch();
            } catch (Exception | Error e) {
                FAILED.put(name, new IllegalStateException("The shared server '" + name + "' did not start again", e));
                throw e;
            }
        }
        return server;
    }
}
