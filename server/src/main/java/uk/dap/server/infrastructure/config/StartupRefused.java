package uk.dap.server.infrastructure.config;

import java.util.Optional;

/**
 * The service cannot start, for a reason its operator can put right (a missing key, a folder it cannot write); the
 * message is the one line that says which folder or file and what to do. The server stops on it ({@link ServerStop})
 * rather than go on running without the application; the command-line tools print it.
 */
public class StartupRefused extends IllegalStateException {
    public StartupRefused(String line) {
        super(line);
    }

    /** The refusal somewhere in the causes of {@code e}, if there is one. */
    public static Optional<StartupRefused> in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StartupRefused refused) {
                return Optional.of(refused);
            }
        }
        return Optional.empty();
    }
}
