package uk.dap.kiosk;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How the client was started: {@code --mode kiosk|staff}, {@code --server URL}, {@code --home DIR} (where the kiosk
 * keeps its credential; default {@code ~/.dap-kiosk}), {@code --windowed} (kiosk mode in a normal window, for trying
 * it out on a desktop), {@code --idle SECONDS} (kiosk mode: how long before an unused kiosk returns to the welcome
 * screen that shows no names; default 60).
 */
public record ClientOptions(Mode mode, URI server, Path home, boolean windowed, Duration idleTimeout) {
    public enum Mode { KIOSK, STAFF }

    public static final Duration DEFAULT_IDLE = Duration.ofSeconds(60);

    public ClientOptions(Mode mode, URI server, Path home, boolean windowed) {
        this(mode, server, home, windowed, DEFAULT_IDLE);
    }

    /** The same options with another idle time (tests use a short one). */
    public ClientOptions withIdleTimeout(Duration idle) {
        return new ClientOptions(mode, server, home, windowed, idle);
    }

    public static ClientOptions parse(String... args) {
        Mode mode = Mode.STAFF;
        URI server = URI.create("http://localhost:8080/");
        Path home = Path.of(System.getProperty("user.home"), ".dap-kiosk");
        boolean windowed = false;
        Duration idle = DEFAULT_IDLE;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mode" -> mode = Mode.valueOf(args[++i].toUpperCase());
                case "--server" -> server = URI.create(args[++i].endsWith("/") ? args[i] : args[i] + "/");
                case "--home" -> home = Path.of(args[++i]);
                case "--windowed" -> windowed = true;
                case "--idle" -> idle = Duration.ofSeconds(Long.parseLong(args[++i]));
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + ". Use --mode kiosk|staff, --server URL, --home DIR, --windowed, --idle SECONDS.");
            }
        }
        return new ClientOptions(mode, server, home, windowed, idle);
    }
}
