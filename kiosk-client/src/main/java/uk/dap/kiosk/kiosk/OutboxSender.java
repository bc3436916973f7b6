package uk.dap.kiosk.kiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.attendance.KioskSignIn;
import uk.dap.shared.api.attendance.SignInAck;
import uk.dap.shared.api.attendance.SignInBatch;
import uk.dap.shared.api.evaluation.KioskResponse;
import uk.dap.shared.api.evaluation.ResponseAck;
import uk.dap.shared.api.evaluation.ResponseBatch;
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
    private final DapClient client;
    private final Listener listener;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "kiosk-outbox-sender");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean signedIn;

    public OutboxSender(Outbox outbox, ResponseOutbox responses, DapClient client, Listener listener) {
        this.outbox = outbox;
        this.responses = responses;
        this.client = client;
        this.listener = listener;
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

    private void drain() {
        drainSignIns();
        drainResponses();
    }

    /** Sign-ins and questionnaire responses waiting, together. */
    private int waiting() {
        return outbox.count() + (responses == null ? 0 : responses.count());
    }

    private void drainSignIns() {
        try {
            listener.waiting(waiting());
            while (signedIn) {
                List<KioskSignIn> next = outbox.pending(BATCH);
                if (next.isEmpty()) {
                    return;
                }
                List<SignInAck> acks = send(next);
                Set<String> sent = next.stream().map(s -> s.id().toLowerCase()).collect(Collectors.toSet());
                List<String> acknowledged = new ArrayList<>();
                for (SignInAck ack : acks) {
                    if (ack != null && ack.outcome() != null && ack.id() != null && sent.contains(ack.id().toLowerCase())) {
                        acknowledged.add(ack.id());
                        if (ack.outcome() == SignInAck.Outcome.REJECTED) {
                            LOG.warning("The server rejected sign-in " + ack.id() + ": " + ack.reason());
                        }
                    }
                }
                outbox.remove(acknowledged);
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
                LOG.info("The server was busy and kept nothing of the outbox; sending it again on the next round");
            } else {
                // The server refuses a whole batch when one sign-in in it is refused (say, for a session it no longer
                // takes): send them one by one, so that one refused sign-in never holds up the others.
                LOG.log(Level.WARNING, "The server refused the outbox (" + e.status() + "): " + e.getMessage() + "; sending one by one");
                oneByOne();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending the outbox failed; keeping it", e);
        }
    }

    /** Each waiting sign-in on its own; one refused stays in the outbox (kept, as every unacknowledged one is). */
    private void oneByOne() {
        for (KioskSignIn signIn : outbox.pending()) {
            try {
                SignInAck ack = client.send("POST", "/api/kiosk/sign-ins", signIn, SignInAck.class);
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
     * Questionnaire responses, in batches, removed only for acknowledged ids. Never logs answers: only ids, outcomes
     * and the server's reason. A response the server refuses as malformed (400) stays, as every unacknowledged one
     * does, and is reported in the log by id.
     */
    private void drainResponses() {
        if (responses == null) {
            return;
        }
        try {
            while (signedIn) {
                List<KioskResponse> next = responses.pending(RESPONSE_BATCH);
                if (next.isEmpty()) {
                    return;
                }
                List<ResponseAck> acks = sendResponses(next);
                Set<String> sent = next.stream().map(r -> r.id().toLowerCase()).collect(Collectors.toSet());
                List<String> acknowledged = new ArrayList<>();
                for (ResponseAck ack : acks) {
                    if (ack != null && ack.outcome() != null && ack.id() != null && sent.contains(ack.id().toLowerCase())) {
                        acknowledged.add(ack.id());
                        if (ack.outcome() == ResponseAck.Outcome.REJECTED) {
                            LOG.warning("The server rejected questionnaire response " + ack.id() + ": " + ack.reason());
                        }
                    }
                }
                responses.remove(acknowledged);
                listener.reachable(true);
                listener.waiting(waiting());
                if (acknowledged.isEmpty()) {
                    return;
                }
            }
        } catch (ServerUnreachableException e) {
            listener.reachable(false);
        } catch (ApiException e) {
            if (e.status() == 401) {
                signedIn = false;
                listener.unauthorised();
            } else if (busy(e)) {
                LOG.info("The server was busy and kept none of the waiting questionnaire responses; sending them again on the next round");
            } else {
                LOG.warning("The server refused the waiting questionnaire responses (" + e.status() + "); keeping them");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending questionnaire responses failed; keeping them (" + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * 503: the server gave way to another request over a lock and kept nothing of this one, so everything stays in the
     * outbox for the next round, exactly as when the server cannot be reached.
     */
    private static boolean busy(ApiException e) {
        return e.status() == ProblemType.BUSY.status();
    }

    @SuppressWarnings("unchecked")
    private List<ResponseAck> sendResponses(List<KioskResponse> batch) {
        // Always the batch endpoint, even for one: it acknowledges a response the kiosk may no longer deliver (the
        // person left the group, the session is too old) as REJECTED, where the single endpoint answers 403.
        return (List<ResponseAck>) client.send("POST", "/api/kiosk/questionnaires/responses/batch", new ResponseBatch(batch),
                DapClient.listOf(ResponseAck.class));
    }

    @SuppressWarnings("unchecked")
    private List<SignInAck> send(List<KioskSignIn> signIns) {
        if (signIns.size() == 1) {
            // Typed first: inside List.of(...) the compiler picks List.of(E...) and casts the answer to an array.
            SignInAck ack = client.send("POST", "/api/kiosk/sign-ins", signIns.get(0), SignInAck.class);
            return List.of(ack);
        }
        return (List<SignInAck>) client.send("POST", "/api/kiosk/sign-ins/batch", new SignInBatch(signIns),
                DapClient.listOf(SignInAck.class));
    }
}
