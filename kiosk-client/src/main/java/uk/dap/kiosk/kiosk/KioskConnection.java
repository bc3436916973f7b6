package uk.dap.kiosk.kiosk;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.shared.api.KioskCredential;
import uk.dap.shared.client.ApiException;
import uk.dap.shared.client.DapClient;
import uk.dap.shared.client.ServerUnreachableException;

/**
 * The kiosk's live connection: signs in with the device credential, renews the token well inside its lifetime,
 * retries plainly when the server cannot be reached, stops retrying when the kiosk has been revoked, and says how it
 * is going as a message key. No Swing: it runs on the kiosk's network thread, and the flow shows what it says.
 */
final class KioskConnection {
    private static final Logger LOG = Logger.getLogger(KioskConnection.class.getName());
    static final long RETRY_SECONDS = 5;
    /** Well inside the server's 30-minute token lifetime. */
    static final long RENEW_SECONDS = 20 * 60;

    /** What the flow hears from the connection, from the network thread. */
    interface Events {
        /** The connection message to show (a bundle key that may take the retry seconds). */
        void status(StatusBanner.Kind kind, String key);

        /** Signed in (again): a good moment to read the roster. */
        void signedIn();
    }

    private final DapClient client;
    private final KioskCredential credential;
    private final ScheduledExecutorService network;
    private final Events events;
    private OutboxSender sender;
    private ScheduledFuture<?> nextConnect;
    private volatile boolean connected;

    KioskConnection(DapClient client, KioskCredential credential, ScheduledExecutorService network, Events events) {
        this.client = client;
        this.credential = credential;
        this.network = network;
        this.events = events;
    }

    /** Starts connecting, telling the sender whenever the kiosk is signed in. */
    void start(OutboxSender outboxSender) {
        this.sender = outboxSender;
        connectSoon(0);
    }

    boolean isConnected() {
        return connected;
    }

    /** What the outbox sender says about the server, as it bears on the connection; {@code waiting} hears the count. */
    OutboxSender.Listener senderListener(IntConsumer waiting) {
        return new OutboxSender.Listener() {
            @Override
            public void waiting(int count) {
                waiting.accept(count);
            }

            @Override
            public void reachable(boolean reachable) {
                if (!reachable) {
                    events.status(StatusBanner.Kind.PROBLEM, "status.unreachable");
                } else if (connected) {
                    events.status(StatusBanner.Kind.OK, "status.connected");
                }
            }

            @Override
            public void unauthorised() {
                connected = false;
                connectSoon(0);
            }
        };
    }

    private synchronized void connectSoon(long seconds) {
        if (nextConnect != null) {
            nextConnect.cancel(false);
        }
        nextConnect = network.schedule(this::connect, seconds, TimeUnit.SECONDS);
    }

    private void connect() {
        try {
            client.kioskSignIn(credential);
            connected = true;
            events.status(StatusBanner.Kind.OK, "status.connected");
            sender.signedIn(true);
            events.signedIn();
            connectSoon(RENEW_SECONDS);
        } catch (ApiException e) {
            connected = false;
            if (e.status() == 401) {
                // Revoked: retrying cannot help, and the screen must say who can.
                events.status(StatusBanner.Kind.PROBLEM, "status.revoked");
            } else {
                events.status(StatusBanner.Kind.PROBLEM, "status.problem");
                connectSoon(RETRY_SECONDS);
            }
        } catch (ServerUnreachableException e) {
            connected = false;
            events.status(StatusBanner.Kind.PROBLEM, "status.unreachable");
            connectSoon(RETRY_SECONDS);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Connecting failed", e);
            events.status(StatusBanner.Kind.PROBLEM, "status.problem");
            connectSoon(RETRY_SECONDS);
        }
    }
}
