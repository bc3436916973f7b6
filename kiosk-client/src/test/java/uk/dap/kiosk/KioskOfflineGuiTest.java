package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dap.kiosk.kiosk.Outbox;
import uk.dap.kiosk.ui.AppFrame;
import uk.dap.server.testing.PayaraProcess;
import uk.dap.shared.api.AuditEntryView;
import uk.dap.shared.api.attendance.KioskSignIn;
import uk.dap.shared.api.attendance.RegisterEntry;
import uk.dap.shared.api.attendance.SessionRegister;
import uk.dap.shared.client.DapClient;

/**
 * Offline: the kiosk goes on signing people in from the roster it has while the server is down, shows how many wait,
 * and sends them when the server is back; killed mid-sync, the server still ends with every sign-in stored exactly
 * once. One server for the class, stopped, killed and started again in the same folder.
 */
@Tag(Screens.OFFLINE)
class KioskOfflineGuiTest {
    private static final Pattern STORED = Pattern.compile("(\\d+) received, (\\d+) stored");
    static PayaraProcess server;
    @TempDir
    Path home;
    FrameFixture window;

    /** Before each test: a test that stopped the server and then failed leaves it stopped, and this starts it again. */
    @BeforeEach
    void startServer() throws Exception {
        server = Screens.restartableServer();
    }


    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
        System.clearProperty("dap.kiosk.outboxBatch");
    }

    private void open(Classroom room) {
        new CredentialStore(home).save(room.credential);
        Robot robot = Screens.robot();
        ClientOptions options = new ClientOptions(ClientOptions.Mode.KIOSK, server.uri(), home, false);
        AppFrame frame = GuiActionRunner.execute(() -> KioskApp.start(options));
        window = new FrameFixture(robot, frame);
    }

    private String waiting() {
        return GuiActionRunner.execute(() -> {
            javax.swing.JLabel label = (javax.swing.JLabel) KioskAttendanceGuiTest.find(window.target(), "waitingCount");
            return label == null || !label.isVisible() ? "" : label.getText();
        });
    }

    @Test
    void signInsMadeWhileTheServerIsDownWaitOnTheKioskAndAreSentOnceWhenItIsBack() throws Exception {
        Classroom room = Classroom.create(server.uri(), List.of(List.of(
                new Classroom.Person("Foxtrot", "Example", null),
                new Classroom.Person("Golf", "Example", null),
                new Classroom.Person("Hotel", "Example", null))));
        long sessionId = room.groups.get(0).sessionId();
        long before = storedByKiosks();
        open(room);
        Screens.waitFor("the connection", () -> "Connected.".equals(Screens.message(window, "connectionStatus")), 60);
        window.button("openSession").click();
        Screens.waitFor("today's session", () -> KioskAttendanceGuiTest.find(window.target(), "session-" + sessionId) != null, 30);
        window.textBox("openUsername").enterText(Classroom.FACILITATOR);
        window.textBox("openPin").enterText(Classroom.PIN);
        KioskSteps.submitPin(window);

        server.stop();
        for (int i = 0; i < 2; i++) {
            window.button("person-" + room.groups.get(0).enrolments().get(i)).click();
            window.button("confirmYes").click();
            Screens.waitFor("thank you", () -> "thankYouScreen".equals(Screens.screenName(window.target())), 10);
            Screens.waitFor("back to the roster", () -> "rosterScreen".equals(Screens.screenName(window.target())), 10);
        }
        Screens.waitFor("2 waiting", () -> "2 waiting to be sent".equals(waiting()), 30);
        Screens.waitFor("the offline message", () -> Screens.message(window, "connectionStatus").startsWith("Cannot reach the server"), 30);
        window.button("person-" + room.groups.get(0).enrolments().get(0)).requireDisabled();
        window.button("person-" + room.groups.get(0).enrolments().get(1)).requireDisabled();
        window.button("person-" + room.groups.get(0).enrolments().get(2)).requireEnabled();
        Screens.screenshot(window.target(), "kiosk-offline");
        assertThat(new Outbox(home).count()).isEqualTo(2);

        server.launch();
        Screens.waitFor("all sent", () -> waiting().isEmpty(), 90);
        // The kiosk signs in again every 5 s until the server answers; a restart on a busy machine can take most of a
        // minute before it does (once seen to take longer than 30 s in a full run).
        Screens.waitFor("connected again", () -> "Connected.".equals(Screens.message(window, "connectionStatus")), 60);
        assertThat(new Outbox(home).count()).isZero();
        SessionRegister register = Classroom.register(server.uri(), sessionId);
        assertThat(register.entries()).filteredOn(e -> e.status() != null).extracting(RegisterEntry::firstName)
                .containsExactlyInAnyOrder("Foxtrot", "Golf");
        assertThat(storedByKiosks() - before).as("stored once each").isEqualTo(2);
    }

    @Test
    void killingTheServerMidSyncLosesNothingAndStoresNothingTwice() throws Exception {
        int groups = 15;
        int perGroup = 20; // Freedom groups have at most 20 places
        List<List<Classroom.Person>> cohorts = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            List<Classroom.Person> people = new ArrayList<>();
            for (int p = 0; p < perGroup; p++) {
                people.add(new Classroom.Person("Test" + (char) ('A' + g) + p, "Example", null));
            }
            cohorts.add(people);
        }
        Classroom room = Classroom.create(server.uri(), cohorts);
        // Facilitators open the fifteen sessions (the kiosk's own API calls, as the opening screen makes them).
        try (DapClient kiosk = Classroom.client(server.uri())) {
            kiosk.kioskSignIn(room.credential);
            for (Classroom.Group group : room.groups) {
                kiosk.send("POST", "/api/kiosk/sessions/" + group.sessionId() + "/opening",
                        new uk.dap.shared.api.attendance.SessionOpening(Classroom.FACILITATOR, Classroom.PIN), Object.class);
            }
        }
        // 300 sign-ins wait in the kiosk's outbox, written as the kiosk writes them.
        Outbox outbox = new Outbox(home);
        Map<Long, Instant> signedAt = new HashMap<>();
        Instant now = Instant.now();
        AtomicInteger n = new AtomicInteger();
        for (Classroom.Group group : room.groups) {
            for (Long enrolment : group.enrolments()) {
                Instant at = now.minusSeconds(600).plusMillis(n.incrementAndGet());
                signedAt.put(enrolment, at);
                outbox.add(new KioskSignIn(UUID.randomUUID().toString(), group.sessionId(), enrolment, at, null));
            }
        }
        int total = groups * perGroup;
        assertThat(outbox.count()).isEqualTo(total);
        long before = storedByKiosks();

        // Small batches, so that the kill lands between and during requests.
        System.setProperty("dap.kiosk.outboxBatch", "10");
        open(room);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        int left = total;
        while (left == total && System.nanoTime() < deadline) {
            Thread.sleep(5);
            left = outbox.count();
        }
        server.kill();
        int atKill = outbox.count();
        System.out.println("Killed the server with " + atKill + " of " + total + " sign-ins still in the outbox");
        assertThat(atKill).as("killed mid-sync: some sent, some not").isBetween(1, total - 1);
        Screens.waitFor("the waiting count", () -> waiting().equals(atKill + " waiting to be sent") || waiting().matches("\\d+ waiting to be sent"), 30);
        Screens.screenshot(window.target(), "kiosk-killed-mid-sync");

        server.launch();
        Screens.waitFor("all sent", () -> waiting().isEmpty(), 180);
        assertThat(outbox.count()).isZero();

        int present = 0;
        for (Classroom.Group group : room.groups) {
            SessionRegister register = Classroom.register(server.uri(), group.sessionId());
            for (RegisterEntry entry : register.entries()) {
                assertThat(entry.status()).as("everyone signed in: none lost").isNotNull();
                assertThat(entry.kioskTime()).as("the kiosk's own time, kept").isEqualTo(signedAt.get(entry.enrolmentId()));
                present++;
            }
        }
        assertThat(present).isEqualTo(total);
        assertThat(storedByKiosks() - before).as("each sign-in stored exactly once, whatever was resent").isEqualTo(total);
    }

    /** All sign-ins the server says it stored, from its audit trail ("N received, M stored"). */
    private static long storedByKiosks() {
        try (DapClient admin = Classroom.client(server.uri())) {
            admin.signIn("demo-admin", "demo-admin-pw");
            long stored = 0;
            Long beforeSeq = null;
            while (true) {
                @SuppressWarnings("unchecked")
                List<AuditEntryView> page = (List<AuditEntryView>) admin.send("GET", "/api/audit?limit=500"
                        + (beforeSeq == null ? "" : "&beforeSeq=" + beforeSeq), null, DapClient.listOf(AuditEntryView.class));
                if (page.isEmpty()) {
                    return stored;
                }
                for (AuditEntryView entry : page) {
                    if ("KIOSK_SIGN_IN".equals(entry.action()) && entry.detail() != null) {
                        Matcher m = STORED.matcher(entry.detail());
                        if (m.find()) {
                            stored += Long.parseLong(m.group(2));
                        }
                    }
                }
                long lowest = page.stream().mapToLong(AuditEntryView::seq).min().getAsLong();
                if (beforeSeq != null && lowest >= beforeSeq) {
                    return stored;
                }
                beforeSeq = lowest;
            }
        }
    }
}
