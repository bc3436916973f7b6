package uk.dap.kiosk.kiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.attendance.KioskSignIn;
import uk.dap.shared.api.attendance.SignInAck;
import uk.dap.shared.api.evaluation.KioskResponse;
import uk.dap.shared.api.evaluation.ResponseAck;
import uk.dap.shared.client.ApiException;
import uk.dap.shared.client.DapClient;
import uk.dap.shared.client.ServerUnreachableException;

/**
 * Sends the outbox to the server on its own thread: one sign-in alone, several in batches. A sign-in leaves the
 * outbox only when the server acknowledged its id (stored, already stored, or rejected as not on the roster); on an
 * error or no answer it stays and is sent again later, and the server's "store each id once" makes the resend
 * harmless. Tells its listener how many wait after every change, and whether the server answered.
 */
public class OutboxSender {
    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());
    /** At most 500 per batch by the contract; smaller batches keep each request short on a slow line. */
    static final int BATCH = Integer.getInteger("dap.kiosk.outboxBatch", 100);
    static final long RETRY_MILLIS = 2000;
    /** At most 100 per batch by the contract. */
    static final int RESPONSE_BATCH = 20;

    public interface Listener {
        /** How many sign-ins wait; called on the sender's thread. */
        void waiting(int count);

        /** The server answered (true) or could not be reached (false); called on the sender's thread. */
        void reachable(boolean reachable);

        /** The kiosk's token was refused: sign in again before the next attempt. */
        void unauthorised();
    }

    private final Outbox outbox;
    private final ResponseOutbox responses;
    private final KioskApi api;
    private final Listener listener;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kiosk-outbox-sender");
        t.setDaemon(true);
        return t;
    });
    private final Lane<KioskSignIn, SignInAck> signInLane;
    private final Lane<KioskResponse, ResponseAck> responseLane;
    private volatile boolean signedIn;

    public OutboxSender(Outbox outbox, ResponseOutbox responses, DapClient client, Listener listener) {
        this.outbox = outbox;
        this.responses = responses;
        this.api = new KioskApi(client);
        this.listener = listener;
        this.signInLane = new Lane<>("sign-ins", BATCH, outbox::pending, outbox::remove, this::send, KioskSignIn::id,
                ack -> ack.outcome() == null ? null : ack.id(), ack -> ack.outcome() == SignInAck.Outcome.REJECTED ? ack.reason() : null,
                this::signInsRefused);
        this.responseLane = responses == null ? null : new Lane<>("questionnaire responses", RESPONSE_BATCH, responses::pending,
                responses::remove, api::responses, KioskResponse::id, ack -> ack.outcome() == null ? null : ack.id(),
                ack -> ack.outcome() == ResponseAck.Outcome.REJECTED ? ack.reason() : null,
                e -> LOG.warning("The server refused the waiting questionnaire responses (" + e.status() + "); keeping them"));
    }

    /** Starts the periodic retry; sending waits for {@link #signedIn(boolean)}. */
    public void start() {
        thread.scheduleWithFixedDelay(this::drain, 0, RETRY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Whether the kiosk holds a token the server accepts; sending starts at once when it does. */
    public void signedIn(boolean signedIn) {
        this.signedIn = signedIn;
        if (signedIn) {
            kick();
        }
    }

    /** Sends now (after a new sign-in is written), rather than at the next retry. */
    public void kick() {
        thread.execute(this::drain);
    }

    public void stop() {
        thread.shutdownNow();
    }

    /** Never throws: an exception escaping a scheduled round would cancel every later one, and the outbox would wait. */
    private void drain() {
        try {
            listener.waiting(waiting());
            drain(signInLane);
            if (responseLane != null) {
                drain(responseLane);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A round of sending the outbox failed; trying again on the next (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Sign-ins and questionnaire responses waiting, together. */
    private int waiting() {
        return outbox.count() + (responses == null ? 0 : responses.count());
    }

    /**
     * One of the kiosk's two queues, as the drain loop sees it: how to take a batch, send it, and read what the server
     * acknowledged. {@code refused} handles an answer that refused the whole batch (not busy, not unauthorised).
     */
    private record Lane<T, A>(String items, int batch, IntFunction<List<T>> pending, Consumer<List<String>> remove,
                              Function<List<T>, List<A>> send, Function<T, String> id, Function<A, String> acknowledgedId,
                              Function<A, String> rejection, Consumer<ApiException> refused) {
    }

    /**
     * Sends one queue in batches while the kiosk is signed in, removing only what the server acknowledged. Never logs
     * what a sign-in or an answer says: only ids, outcomes and the server's reason. Whatever is not acknowledged stays
     * for the next round.
     */
    private <T, A> void drain(Lane<T, A> lane) {
        try {
            while (signedIn) {
                List<T> next = lane.pending().apply(lane.batch());
                if (next.isEmpty()) {
                    return;
                }
                List<A> acks = lane.send().apply(next);
                Set<String> sent = next.stream().map(item -> lane.id().apply(item).toLowerCase()).collect(Collectors.toSet());
                List<String> acknowledged = new ArrayList<>();
                for (A ack : acks) {
                    String id = ack == null ? null : lane.acknowledgedId().apply(ack);
                    if (id != null && sent.contains(id.toLowerCase())) {
                        acknowledged.add(id);
                        String rejection = lane.rejection().apply(ack);
                        if (rejection != null) {
                            LOG.warning("The server rejected " + lane.items() + " item " + id + ": " + rejection);
                        }
                    }
                }
                lane.remove().accept(acknowledged);
                listener.reachable(true);
                listener.waiting(waiting());
                if (acknowledged.isEmpty()) {
                    return; // An answer that acknowledged nothing: try again later rather than spin.
                }
            }
        } catch (ServerUnreachableException e) {
            listener.reachable(false);
        } catch (ApiException e) {
            if (e.status() == 401) {
                signedIn = false;
                listener.unauthorised();
            } else if (busy(e)) {
                LOG.info("The server was busy and kept none of the waiting " + lane.items() + "; sending them again on the next round");
            } else {
                lane.refused().accept(e);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending the waiting " + lane.items() + " failed; keeping them (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * The server refuses a whole batch of sign-ins when one in it is refused (say, for a session it no longer takes):
     * send them one by one, so that one refused sign-in never holds up the others.
     */
    private void signInsRefused(ApiException e) {
        LOG.log(Level.WARNING, "The server refused the outbox (" + e.status() + "): " + e.getMessage() + "; sending one by one");
        oneByOne();
    }

    /** Each waiting sign-in on its own; one refused stays in the outbox (kept, as every unacknowledged one is). */
    private void oneByOne() {
        for (KioskSignIn signIn : outbox.pending()) {
            try {
                SignInAck ack = api.signIn(signIn);
                if (ack != null && ack.outcome() != null && signIn.id().equalsIgnoreCase(ack.id())) {
                    outbox.remove(List.of(signIn.id()));
                }
            } catch (ApiException refused) {
                if (refused.status() == 401) {
                    signedIn = false;
                    listener.unauthorised();
                    return;
                }
                if (busy(refused)) {
                    return; // The rest go on the next round, with the one that found the server busy.
                }
                LOG.warning("The server refused sign-in " + signIn.id() + " (" + refused.status() + "): " + refused.getMessage() + "; keeping it");
            }
        }
        listener.waiting(waiting());
    }

    /**
     * 503: the server gave way to another request over a lock and kept nothing of this one, so everything stays in the
     * outbox for the next round, exactly as when the server cannot be reached.
     */
    private static boolean busy(ApiException e) {
        return e.status() == ProblemType.BUSY.status();
    }

    private List<SignInAck> send(List<KioskSignIn> signIns) {
        return signIns.size() == 1 ? List.of(api.signIn(signIns.get(0))) : api.signIns(signIns);
    }
}
