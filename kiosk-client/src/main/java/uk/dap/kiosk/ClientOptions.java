package uk.dap.kiosk;

import java.net.URI;
import java.nio.file.Path;

/**
 * How the client was started: {@code --mode kiosk|staff}, {@code --server URL}, {@code --home DIR} (where the kiosk
 * keeps its credential; default {@code ~/.dap-kiosk}), {@code --windowed} (kiosk mode in a normal window, for trying
 * it out on a desktop).
 */
public record ClientOptions(Mode mode, URI server, Path home, boolean windowed) {
    public enum Mode { KIOSK, STAFF }

    public static ClientOptions parse(String... args) {
        Mode mode = Mode.STAFF;
        URI server = URI.create("http://localhost:8080/");
        Path home = Path.of(System.getProperty("user.home"), ".dap-kiosk");
        boolean windowed = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mode" -> mode = Mode.valueOf(args[++i].toUpperCase());
                case "--server" -> server = URI.create(args[++i].endsWith("/") ? args[i] : args[i] + "/");
                case "--home" -> home = Path.of(args[++i]);
                case "--windowed" -> windowed = true;
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + ". Use --mode kiosk|staff, --server URL, --home DIR, --windowed.");
            }
        }
        return new ClientOptions(mode, server, home, windowed);
    }
}
