package uk.dap.server.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

/**
 * One real server for every test class of a test run that can share it, started by the first class that asks (or
 * earlier, in the background, by {@link #startSoon}) and stopped cleanly when the test JVM ends. Starting Payara Micro
 * costs 15-30 s on two cores, so a server per class made up most of the suite's time (docs/operations.md, "Test
 * suite"). The classes that share one already make their data under names of their own; a test that must stop, kill
 * or configure its server starts a {@link PayaraProcess} of its own instead, or asks for a server under another name.
 */
public final class SharedServer {
    /** Each server's start, under way or done; a start that failed fails every later class at once, rather than each waiting minutes. */
    private static final Map<String, CompletableFuture<PayaraProcess>> SERVERS = new HashMap<>();
    private static final java.util.Set<String> RETRIED = new java.util.HashSet<>();

    private SharedServer() {
    }

    /**
     * Starts the server called {@code name} in the background, unless it is started or starting already, so that a
     * class that needs it later does not wait for it: its start overlaps the tests that run meanwhile.
     */
    public static synchronized void startSoon(String name, Path payaraJar, Path war, Path workDir, Map<String, String> settings,
                                              List<String> jvmOptions) {
        SERVERS.computeIfAbsent(name, n -> CompletableFuture.supplyAsync(() -> start(n, payaraJar, war, workDir, settings, jvmOptions),
                inOwnThread(n)));
    }

    /**
     * The server called {@code name}, started on first use in a new folder under {@code workDir} with these settings.
     * A shared server found stopped (a test that restarts it failed half-way) is started again in the same folder, so
     * one failure does not fail every class after it.
     */
    public static PayaraProcess get(String name, Path payaraJar, Path war, Path workDir, Map<String, String> settings,
                                    List<String> jvmOptions) throws Exception {
        startSoon(name, payaraJar, war, workDir, settings, jvmOptions);
        CompletableFuture<PayaraProcess> start;
        synchronized (SharedServer.class) {
            start = SERVERS.get(name);
        }
        PayaraProcess server;
        try {
            server = start.get();
        } catch (ExecutionException e) {
            server = startAgainAfterBackgroundFailure(name, start, payaraJar, war, workDir, settings, jvmOptions, e.getCause());
        }
        synchronized (server) {
            if (!server.isRunning()) {
                try {
                    server.launch();
                } catch (Exception | Error e) {
                    synchronized (SharedServer.class) {
                        SERVERS.put(name, CompletableFuture.failedFuture(new IllegalStateException("It did not start again", e)));
                    }
                    throw e;
                }
            }
        }
        return server;
    }

    /**
     * A start begun in the background (beside other servers starting) may miss its deadline where one begun when it is
     * needed would not: that one failure is given a second start, in the caller's thread; a second failure stays.
     */
    private static PayaraProcess startAgainAfterBackgroundFailure(String name, CompletableFuture<PayaraProcess> failed, Path payaraJar,
                                                                  Path war, Path workDir, Map<String, String> settings,
                                                                  List<String> jvmOptions, Throwable cause) {
        CompletableFuture<PayaraProcess> again;
        boolean mine = false;
        synchronized (SharedServer.class) {
            if (SERVERS.get(name) == failed && RETRIED.add(name)) {
                again = new CompletableFuture<>();
                SERVERS.put(name, again);
                mine = true;
            } else {
                again = SERVERS.get(name);
            }
        }
        if (mine) {
            try {
                again.complete(start(name, payaraJar, war, workDir, settings, jvmOptions));
            } catch (RuntimeException e) {
                again.completeExceptionally(e.getCause() == null ? e : e.getCause());
            }
        }
        try {
            return again.get();
        } catch (ExecutionException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            IllegalStateException failure = new IllegalStateException("The shared server '" + name + "' did not start", e.getCause());
            failure.addSuppressed(cause);
            throw failure;
        }
    }

    private static PayaraProcess start(String name, Path payaraJar, Path war, Path workDir, Map<String, String> settings,
                                       List<String> jvmOptions) {
        try {
            PayaraProcess server = PayaraProcess.prepare(payaraJar, war, workDir, settings, jvmOptions);
            // Before it launches: a test JVM that ends while a server is still starting in the background stops it too.
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "stop shared server " + name));
            server.launch();
            return server;
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }

    private static Executor inOwnThread(String name) {
        return task -> {
            Thread thread = new Thread(task, "start shared server " + name);
            thread.setDaemon(true);
            thread.start();
        };
    }
}
