package uk.dap.kiosk.kiosk;

import com.formdev.flatlaf.FlatLaf;
import java.awt.Window;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import uk.dap.kiosk.ClientOptions;
import uk.dap.kiosk.CredentialStore;
import uk.dap.kiosk.ui.AppFrame;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.KioskCredential;
import uk.dap.shared.api.attendance.KioskRoster;
import uk.dap.shared.api.attendance.KioskSession;
import uk.dap.shared.api.attendance.KioskSignIn;
import uk.dap.shared.api.attendance.RosterPerson;
import uk.dap.shared.api.attendance.SessionOpening;
import uk.dap.shared.api.attendance.StaffCheck;
import uk.dap.shared.api.evaluation.ItemAnswer;
import uk.dap.shared.api.evaluation.KioskDue;
import uk.dap.shared.api.evaluation.KioskQuestionnaire;
import uk.dap.shared.api.evaluation.KioskResponse;
import uk.dap.shared.evaluation.Instruments;
import uk.dap.shared.evaluation.Questionnaires;
import uk.dap.shared.client.ApiException;
import uk.dap.shared.client.DapClient;
import uk.dap.shared.client.ServerUnreachableException;

/**
 * Kiosk mode, as the screens go: enrol once with the code an administrator gives and keep the credential; the live
 * connection is {@link KioskConnection}'s, the opened session's state {@link OpenedSession}'s (no Swing in either). A
 * facilitator opens today's session with their PIN; participants pick their name, confirm and are thanked; each
 * sign-in goes first to the durable {@link Outbox} and then to the server through the {@link OutboxSender}. The kiosk
 * returns to a welcome screen without names when idle, stays full screen and in front until a staff PIN unlocks it,
 * and works on from the roster it has when the server cannot be reached.
 *
 * <p>Threads: screens are built and state changed on the event thread; the server is called on {@code kiosk-network},
 * the disk written on {@code kiosk-disk}, the outbox sent on the sender's own thread.
 */
public class KioskFlow {
    private static final Logger LOG = Logger.getLogger(KioskFlow.class.getName());
    static final long ROSTER_REFRESH_SECONDS = 15;
    static final int THANK_YOU_MILLIS = 3000;

    private final AppFrame frame;
    private final DapClient client;
    private final KioskApi api;
    private final CredentialStore store;
    private final ClientOptions options;
    private final KioskPreferences preferences;
    private final SessionStore sessionStore;
    private final ScheduledExecutorService network = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "kiosk-network"));
    private final ExecutorService disk = Executors.newSingleThreadExecutor(r -> daemon(r, "kiosk-disk"));
    private final LockDown lockDown;
    private IdleWatch idle;
    private Outbox outbox;
    private ResponseOutbox responseOutbox;
    private OutboxSender sender;
    private final Instruments instruments = Instruments.shipped();
    private KioskConnection connection;

    // Event-thread state.
    private KioskCredential credential;
    private KioskText text = KioskText.english();
    private final OpenedSession session = new OpenedSession();
    private PinCheck openerPin;
    private JComponent screen;
    private WelcomeScreen welcome;
    private StatusBanner.Kind statusKind = StatusBanner.Kind.INFO;
    private String statusKey = "status.connecting";
    private int waiting;
    private boolean dialogShowing;
    private boolean lookChanged;

    public KioskFlow(AppFrame frame, DapClient client, CredentialStore store, ClientOptions options, KioskPreferences preferences) {
        this.frame = frame;
        this.client = client;
        this.api = new KioskApi(client);
        this.store = store;
        this.options = options;
        this.preferences = preferences;
        this.sessionStore = new SessionStore(options.home());
        this.lockDown = new LockDown(frame, this::askForStaffPin);
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                shutdown();
            }
        });
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }

    public void begin() {
        Theme.installKiosk(preferences.highContrast(), preferences.largerText());
        Optional<KioskCredential> saved = store.load();
        if (saved.isPresent()) {
            start(saved.get());
        } else {
            show(new EnrolmentScreen(client, this::enrolled));
        }
    }

    private void enrolled(KioskCredential enrolled) {
        store.save(enrolled);
        start(enrolled);
    }

    private void start(KioskCredential enrolled) {
        this.credential = enrolled;
        if (!options.windowed()) {
            lockDown.engage();
        }
        idle = new IdleWatch(options.idleTimeout(), this::idleReset);
        idle.start();
        showWelcome();
        disk.execute(() -> {
            Outbox box = new Outbox(options.home());
            ResponseOutbox answers = new ResponseOutbox(options.home());
            Optional<KioskRoster> today = sessionStore.load(LocalDate.now());
            Set<String> here = new HashSet<>();
            today.ifPresent(r -> box.pending().stream().filter(s -> r.sessionId().equals(s.sessionId()))
                    .forEach(s -> here.add(OpenedSession.person(s.enrolmentId(), s.childId()))));
            SwingUtilities.invokeLater(() -> {
                outbox = box;
                responseOutbox = answers;
                if (today.isPresent() && !session.isOpen()) {
                    session.restored(today.get(), here);
                    if (screen == welcome) {
                        showWelcome();
                    }
                }
                connection = new KioskConnection(client, credential, network, new ConnectionEvents());
                sender = new OutboxSender(box, answers, client, connection.senderListener(count -> SwingUtilities.invokeLater(() -> {
                    waiting = count;
                    renderFooter();
                })));
                sender.start();
                connection.start(sender);
                network.scheduleWithFixedDelay(this::refreshRoster, ROSTER_REFRESH_SECONDS, ROSTER_REFRESH_SECONDS, TimeUnit.SECONDS);
            });
        });
    }

    // ---- Connection (KioskConnection) ----

    private final class ConnectionEvents implements KioskConnection.Events {
        @Override
        public void status(StatusBanner.Kind kind, String key) {
            KioskFlow.this.status(kind, key);
        }

        @Override
        public void signedIn() {
            refreshRoster();
        }
    }

    /** Sets the connection message (a bundle key), from any thread. */
    private void status(StatusBanner.Kind kind, String key) {
        SwingUtilities.invokeLater(() -> {
            statusKind = kind;
            statusKey = key;
            renderFooter();
        });
    }

    private void renderFooter() {
        KioskFooter footer = screen instanceof WelcomeScreen w ? w.footer() : screen instanceof RosterScreen r ? r.footer() : null;
        if (footer != null) {
            footer.status(statusKind, text.format(statusKey, KioskConnection.RETRY_SECONDS));
            footer.waiting(waiting > 0 ? text.format("outbox.waiting", waiting) : "");
        }
    }

    // ---- Screens ----

    private void show(JComponent next) {
        screen = next;
        frame.show(next);
    }

    private void showWelcome() {
        if (idle != null) {
            idle.armed(false);
        }
        welcome = new WelcomeScreen(text, credential.venueName(), session.isOpen(), new WelcomeScreen.Actions() {
            @Override
            public void language(Locale locale) {
                text = KioskText.of(locale);
                showWelcome();
            }

            @Override
            public void startSignIn() {
                showRoster();
            }

            @Override
            public void openSession() {
                showSessionOpen();
            }

            @Override
            public void staff() {
                askForStaffPin();
            }
        });
        show(welcome);
        renderFooter();
    }

    private void showRoster() {
        if (!session.isOpen()) {
            showWelcome();
            return;
        }
        idle.armed(true);
        show(new RosterScreen(text, session.people(), session.registerClosed(), this::pick, this::showWelcome));
        renderFooter();
    }

    private void pick(RosterPerson person) {
        Locale own = KioskText.forRecordedLanguage(person.language());
        KioskText theirs = own == null ? text : KioskText.of(own);
        ConfirmScreen[] confirm = new ConfirmScreen[1];
        confirm[0] = new ConfirmScreen(theirs, person, () -> confirmed(person, theirs, confirm[0]), this::showRoster);
        show(confirm[0]);
    }

    private void confirmed(RosterPerson person, KioskText theirs, ConfirmScreen confirm) {
        confirm.busy(true);
        KioskSignIn signIn = new KioskSignIn(UUID.randomUUID().toString(), session.sessionId(), person.enrolmentId(), Instant.now(),
                person.childId());
        Outbox box = outbox;
        disk.execute(() -> {
            try {
                if (box == null) {
                    throw new IOException("The outbox is not ready yet");
                }
                box.add(signIn);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.SEVERE, "Cannot write the sign-in to the outbox", e);
                SwingUtilities.invokeLater(() -> confirm.failed(theirs.get("thanks.failed")));
                return;
            }
            sender.kick();
            SwingUtilities.invokeLater(() -> signedIn(person, theirs));
        });
    }

    private void signedIn(RosterPerson person, KioskText theirs) {
        waiting++;
        KioskRoster marked = session.signedIn(person.key());
        disk.execute(() -> sessionStore.save(marked));
        ThankYouScreen thanks = new ThankYouScreen(theirs, person);
        show(thanks);
        Timer back = new Timer(THANK_YOU_MILLIS, e -> {
            if (screen == thanks) {
                showRoster();
            }
        });
        back.setRepeats(false);
        back.start();
    }

    /** Privacy: nobody has touched the kiosk for a while, so back to a screen with no names (and English). */
    private void idleReset() {
        if (screen instanceof QuestionnaireScreen unfinished) {
            unfinished.clear(); // an unsent questionnaire is dropped, never left for the next person to see
        }
        for (Window owned : frame.getOwnedWindows()) {
            if (owned instanceof JDialog && owned.isShowing()) {
                owned.dispose();
            }
        }
        text = KioskText.english();
        showWelcome();
    }

    // ---- Opening today's session (staff) ----

    private void showSessionOpen() {
        idle.armed(true);
        SessionOpenScreen open = new SessionOpenScreen(credential.venueName(), this::openSession, this::showWelcome);
        show(open);
        network.execute(() -> {
            try {
                List<KioskSession> today = api.sessionsToday();
                SwingUtilities.invokeLater(() -> open.sessions(today));
            } catch (RuntimeException e) {
                SwingUtilities.invokeLater(() -> open.problem(problem(e)));
            }
        });
    }

    private void openSession(long sessionId, String username, char[] pin) {
        JComponent open = screen;
        network.execute(() -> {
            try {
                KioskRoster opened = api.open(sessionId, new SessionOpening(username, new String(pin)));
                PinCheck check = new PinCheck(username, pin);
                try {
                    fetchDue(opened.sessionId());
                } catch (RuntimeException e) {
                    LOG.log(Level.FINE, "Could not fetch what questionnaires are due", e);
                }
                disk.execute(() -> sessionStore.save(opened));
                SwingUtilities.invokeLater(() -> {
                    session.opened(opened);
                    openerPin = check;
                    if (screen == open) {
                        showRoster();
                    }
                });
            } catch (RuntimeException e) {
                String message = e instanceof ApiException api && api.status() == 403
                        ? "That username and PIN cannot open this session. Check them, or ask the programme lead."
                        : problem(e);
                SwingUtilities.invokeLater(() -> {
                    if (open instanceof SessionOpenScreen s) {
                        s.problem(message);
                    }
                });
            } finally {
                Arrays.fill(pin, '\0');
            }
        });
    }

    private String problem(RuntimeException e) {
        if (e instanceof ServerUnreachableException) {
            return "Cannot reach the server. A session can only be opened while the kiosk is connected.";
        }
        if (e instanceof ApiException api) {
            return api.status() == 401 ? "The kiosk is not connected yet. Try again in a moment." : api.getMessage();
        }
        return "Something went wrong. Try again.";
    }

    private void refreshRoster() {
        Long sessionId = session.sessionId();
        if (sessionId == null || connection == null || !connection.isConnected()) {
            return;
        }
        try {
            fetchDue(sessionId); // kept, so that a questionnaire can still be started if the server goes away
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Could not refresh what questionnaires are due", e);
        }
        try {
            KioskRoster fresh = api.roster(sessionId);
            SwingUtilities.invokeLater(() -> session.refreshed(fresh).ifPresent(keep -> {
                disk.execute(() -> sessionStore.save(keep));
                if (screen instanceof RosterScreen shown) {
                    shown.update(session.people(), session.registerClosed());
                }
            }));
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Roster refresh failed; keeping the roster we have", e);
        }
    }

    // ---- Staff: unlock, menu, leaving kiosk mode ----

    private void askForStaffPin() {
        if (dialogShowing || credential == null) {
            return;
        }
        dialogShowing = true;
        try {
            idle.armed(true);
            UnlockDialog unlock = new UnlockDialog(frame, this::checkStaff);
            unlock.setVisible(true); // modal: returns when closed
            if (unlock.unlocked()) {
                staffMenu();
            } else if (screen == welcome) {
                idle.armed(false);
            }
        } finally {
            dialogShowing = false;
            // Without a window manager nobody gives the focus back to the kiosk when a dialog closes.
            if (frame.isDisplayable()) {
                frame.toFront();
                frame.requestFocus();
                if (screen != null) {
                    screen.requestFocusInWindow();
                }
            }
        }
    }

    private void checkStaff(String username, char[] pin, Consumer<String> done) {
        PinCheck opener = openerPin;
        network.execute(() -> {
            String refusal;
            try {
                api.staffCheck(new StaffCheck(username, new String(pin)));
                refusal = null;
            } catch (ApiException e) {
                refusal = e.status() == 403 ? "That username and PIN are not right." : offlineCheck(opener, username, pin);
            } catch (RuntimeException e) {
                refusal = offlineCheck(opener, username, pin);
            } finally {
                // The offline check has run by now (it is inside the catch blocks).
            }
            Arrays.fill(pin, '\0');
            String answer = refusal;
            SwingUtilities.invokeLater(() -> done.accept(answer));
        });
    }

    /** Offline: only the facilitator who opened today's session, with that PIN (kept as a salted hash in memory). */
    private static String offlineCheck(PinCheck opener, String username, char[] pin) {
        if (opener != null && opener.matches(username, pin)) {
            return null;
        }
        return "The server cannot be reached. Only the facilitator who opened today's session can unlock the kiosk now, with their PIN.";
    }

    private void staffMenu() {
        StaffMenuDialog menu = new StaffMenuDialog(frame, preferences.highContrast(), preferences.largerText(), session.isOpen(),
                (highContrast, largerText) -> {
                    disk.execute(() -> {
                        preferences.highContrast(highContrast);
                        preferences.largerText(largerText);
                    });
                    Theme.installKiosk(highContrast, largerText);
                    FlatLaf.updateUI();
                    lookChanged = true;
                });
        lookChanged = false;
        menu.setVisible(true);
        if (lookChanged) {
            // Fonts are worked out when a screen is built: build it again once the new look has settled.
            SwingUtilities.invokeLater(() -> {
                if (screen == welcome) {
                    showWelcome();
                }
            });
        }
        switch (menu.choice()) {
            case QUESTIONNAIRE -> showQuestionnaireChoice();
            case OPEN_SESSION -> showSessionOpen();
            case END_SESSION -> endSession();
            case LEAVE -> leave();
            default -> showWelcome();
        }
    }

    // ---- Questionnaires (started by staff, answered by the participant) ----

    private void showQuestionnaireChoice() {
        if (!session.isOpen()) {
            showWelcome();
            return;
        }
        idle.armed(true);
        Long sessionId = session.sessionId();
        QuestionnaireChoiceScreen choice = new QuestionnaireChoiceScreen(this::startQuestionnaire, this::showRoster);
        show(choice);
        network.execute(() -> {
            String note = null;
            List<KioskDue> due;
            try {
                due = fetchDue(sessionId);
            } catch (ServerUnreachableException e) {
                due = session.lastDue();
                note = "The server cannot be reached: this is what was due when it last answered. Answers are kept safely on the kiosk.";
            } catch (RuntimeException e) {
                SwingUtilities.invokeLater(() -> choice.problem(problem(e)));
                return;
            }
            List<KioskDue> found = due;
            String shownNote = note;
            SwingUtilities.invokeLater(() -> {
                if (screen == choice) {
                    choice.offers(session.offers(found), shownNote);
                }
            });
        });
    }

    private List<KioskDue> fetchDue(Long sessionId) {
        List<KioskDue> due = api.due(sessionId);
        session.due(due);
        return due;
    }

    private void startQuestionnaire(QuestionnaireChoiceScreen.Offer offer) {
        JComponent choosing = screen;
        KioskDue due = session.dueFor(offer.enrolmentId(), offer.childId(), offer.instrument()).orElse(null);
        Long sessionId = session.sessionId();
        network.execute(() -> {
            KioskQuestionnaire questionnaire;
            try {
                questionnaire = api.questionnaire(sessionId, offer.enrolmentId(), offer.instrument(), offer.childId());
            } catch (ServerUnreachableException e) {
                // The kiosk ships the same definitions: build it here, in the person's recorded language.
                Locale own = KioskText.forRecordedLanguage(offer.language());
                questionnaire = due == null ? null : instruments.current(offer.instrument())
                        .map(d -> Questionnaires.forKiosk(d, offer.enrolmentId(), offer.childId(), due.stage(), own == null ? "en" : own.getLanguage()))
                        .orElse(null);
            } catch (RuntimeException e) {
                SwingUtilities.invokeLater(() -> {
                    if (choosing instanceof QuestionnaireChoiceScreen c) {
                        c.problem(problem(e));
                    }
                });
                return;
            }
            KioskQuestionnaire ready = questionnaire;
            SwingUtilities.invokeLater(() -> {
                if (screen != choosing) {
                    return;
                }
                if (ready == null) {
                    ((QuestionnaireChoiceScreen) choosing).problem("This questionnaire cannot be started while the server cannot be reached.");
                    return;
                }
                showQuestionnaire(sessionId, ready);
            });
        });
    }

    private void showQuestionnaire(Long sessionId, KioskQuestionnaire questionnaire) {
        KioskText theirs = KioskText.of(new Locale(questionnaire.language()));
        QuestionnaireScreen[] shown = new QuestionnaireScreen[1];
        shown[0] = new QuestionnaireScreen(theirs, questionnaire, answers -> submitted(sessionId, questionnaire, answers, theirs, shown[0]));
        show(shown[0]);
    }

    private void submitted(Long sessionId, KioskQuestionnaire questionnaire, List<ItemAnswer> answers, KioskText theirs, QuestionnaireScreen shown) {
        KioskResponse response = new KioskResponse(UUID.randomUUID().toString(), sessionId, questionnaire.enrolmentId(), questionnaire.instrument(),
                questionnaire.version(), questionnaire.stage(), answers, Instant.now(), questionnaire.childId());
        ResponseOutbox box = responseOutbox;
        disk.execute(() -> {
            try {
                if (box == null) {
                    throw new IOException("The outbox is not ready yet");
                }
                box.add(response);
            } catch (IOException | RuntimeException e) {
                // Never the answers: only that writing failed.
                LOG.log(Level.SEVERE, "Cannot write a questionnaire response to the outbox (" + e.getClass().getSimpleName() + ")");
                SwingUtilities.invokeLater(() -> shown.failed(theirs.get("questionnaire.failed")));
                return;
            }
            sender.kick();
            SwingUtilities.invokeLater(() -> {
                shown.clear();
                session.answered(questionnaire.enrolmentId(), questionnaire.childId(), questionnaire.instrument(), questionnaire.stage());
                waiting++;
                QuestionnaireDoneScreen done = new QuestionnaireDoneScreen(theirs);
                show(done);
                Timer back = new Timer(THANK_YOU_MILLIS, e -> {
                    if (screen == done) {
                        showRoster();
                    }
                });
                back.setRepeats(false);
                back.start();
            });
        });
    }

    private void endSession() {
        session.end();
        openerPin = null;
        disk.execute(sessionStore::clear);
        showWelcome();
    }

    /** Leaves kiosk mode (staff only): the outbox stays on disk and is sent at the next start. */
    private void leave() {
        frame.dispose(); // closing the window shuts the flow down
    }

    private void shutdown() {
        lockDown.release();
        if (idle != null) {
            idle.stop();
        }
        if (sender != null) {
            sender.stop();
        }
        network.shutdownNow();
        disk.shutdown();
    }
}
