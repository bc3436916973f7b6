package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.event.KeyEvent;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dap.kiosk.kiosk.KioskPreferences;
import uk.dap.server.testing.PayaraProcess;
import uk.dap.shared.api.attendance.AttendanceStatus;
import uk.dap.shared.api.attendance.KioskRoster;
import uk.dap.shared.api.attendance.RegisterEntry;
import uk.dap.shared.api.attendance.RosterPerson;
import uk.dap.shared.api.attendance.SessionRegister;
import uk.dap.shared.client.DapClient;

/**
 * Kiosk sign-in in a real full-screen window against the real server: opening today's session with a facilitator's
 * PIN, signing in by name (by mouse and by keyboard alone), the idle reset to a screen without names, Urdu right to
 * left, the participant's own language, and the lock-down with its staff PIN.
 */
class KioskAttendanceGuiTest {
    static PayaraProcess server;
    @TempDir
    Path home;
    FrameFixture window;

    @BeforeAll
    static void startServer() throws Exception {
        server = Screens.startServer();
    }


    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    private Classroom classroom() {
        return Classroom.create(server.uri(), List.of(List.of(
                new Classroom.Person("Alpha", "Example", "English"),
                new Classroom.Person("Bravo", "Example", null),
                new Classroom.Person("Delta", "Sample", "Polish"),
                new Classroom.Person("Echo", "Sample", "Urdu"))));
    }

    private void open(Classroom room, Duration idle) {
        window = KioskSteps.open(server.uri(), home, room, idle);
    }

    private void openSession(Classroom room, boolean screenshot) throws Exception {
        KioskSteps.openSession(window, room, screenshot ? "kiosk-session-open" : null);
    }

    @Test
    void aFacilitatorOpensTheSessionAndParticipantsSignInByNameWithMouseOrKeyboard() throws Exception {
        Classroom room = classroom();
        open(room, Duration.ofSeconds(60));
        assertThat(allText(window.target())).as("no names before a session is open").noneMatch(t -> t.contains("Alpha"));
        Screens.screenshot(window.target(), "kiosk-welcome-closed");

        // A wrong PIN does not open it.
        window.button("openSession").click();
        long sessionId = room.groups.get(0).sessionId();
        Screens.waitFor("today's session", () -> find(window.target(), "session-" + sessionId) != null, 30);
        window.textBox("openUsername").enterText(Classroom.FACILITATOR);
        window.textBox("openPin").enterText("0000");
        window.button("openSessionSubmit").click();
        Screens.waitFor("the refusal", () -> Screens.message(window, "openStatus").startsWith("That username and PIN cannot open"), 30);
        window.button("openSessionCancel").click();

        openSession(room, true);
        List<String> shown = allText(window.target());
        assertThat(shown).contains("Alpha E.", "Bravo E.", "Delta S.", "Echo S.");
        assertThat(shown).as("never surnames").noneMatch(t -> t.contains("Example") || t.contains("Sample"));
        Screens.screenshot(window.target(), "kiosk-roster");

        window.button("person-" + room.groups.get(0).enrolments().get(0)).click();
        window.label("confirmQuestion").requireText("Is this you?");
        window.label("confirmName").requireText("Alpha E.");
        Screens.screenshot(window.target(), "kiosk-confirm");
        window.button("confirmYes").click();
        Screens.waitFor("thank you", () -> "thankYouScreen".equals(Screens.screenName(window.target())), 10);
        // Timed from when the thank-you screen is seen, less the screenshot's own time (several seconds on a busy machine).
        long thanked = System.nanoTime();
        window.label("thanksName").requireText("Alpha E.");
        long shooting = System.nanoTime();
        Screens.screenshot(window.target(), "kiosk-thank-you");
        long shot = System.nanoTime() - shooting;
        Screens.waitFor("back to the roster", () -> "rosterScreen".equals(Screens.screenName(window.target())), 10);
        assertThat(Duration.ofNanos(System.nanoTime() - thanked - shot)).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(6));
        window.button("person-" + room.groups.get(0).enrolments().get(0)).requireDisabled();

        // Keyboard only: the first person not yet signed in has the focus; Enter chooses, Enter confirms.
        Screens.waitFor("focus on Bravo", () -> window.target().getFocusOwner() != null
                && ("person-" + room.groups.get(0).enrolments().get(1)).equals(window.target().getFocusOwner().getName()), 10);
        window.robot().pressAndReleaseKey(KeyEvent.VK_ENTER);
        Screens.waitFor("the confirm screen", () -> "confirmScreen".equals(Screens.screenName(window.target())), 10);
        window.label("confirmName").requireText("Bravo E.");
        window.robot().pressAndReleaseKey(KeyEvent.VK_ENTER);
        Screens.waitFor("thank you", () -> "thankYouScreen".equals(Screens.screenName(window.target())), 10);
        Screens.waitFor("back to the roster", () -> "rosterScreen".equals(Screens.screenName(window.target())), 10);

        // The server's roster shows both signed in, and the register has them present.
        Screens.waitFor("nothing waiting", () -> ((JLabel) find(window.target(), "waitingCount")).isVisible() == false, 20);
        try (DapClient kiosk = Classroom.client(server.uri())) {
            kiosk.kioskSignIn(room.credential);
            KioskRoster roster = kiosk.send("GET", "/api/kiosk/sessions/" + sessionId + "/roster", null, KioskRoster.class);
            assertThat(roster.people()).filteredOn(RosterPerson::signedIn).extracting(RosterPerson::displayName)
                    .containsExactlyInAnyOrder("Alpha E.", "Bravo E.");
        }
        SessionRegister register = Classroom.register(server.uri(), sessionId);
        assertThat(register.entries()).filteredOn(e -> e.status() != null)
                .extracting(RegisterEntry::firstName).containsExactlyInAnyOrder("Alpha", "Bravo");
        assertThat(register.entries()).filteredOn(e -> e.status() != null).extracting(RegisterEntry::status)
                .allMatch(s -> s == AttendanceStatus.PRESENT || s == AttendanceStatus.LATE);
        assertThat(register.entries()).filteredOn(e -> e.status() != null).allMatch(e -> e.kioskTime() != null && e.serverTime() != null);

        // Delta's record says Polish: after she picks her name the kiosk speaks Polish; "No" goes back.
        window.button("person-" + room.groups.get(0).enrolments().get(2)).click();
        window.label("confirmQuestion").requireText("Czy to Ty?");
        window.button("confirmNo").requireText("Nie").click();
        Screens.waitFor("the roster", () -> "rosterScreen".equals(Screens.screenName(window.target())), 10);
        window.label("rosterTitle").requireText("Touch your name");

        // The facilitator closes the register in the staff client: the kiosk still takes a sign-in, and says so.
        assertThat(GuiActionRunner.execute(() -> find(window.target(), "rosterRegisterClosed").isShowing())).isFalse();
        try (DapClient facilitator = Classroom.client(server.uri())) {
            facilitator.signIn(Classroom.FACILITATOR, "demo-facilitator-pw");
            facilitator.send("POST", "/api/sessions/" + sessionId + "/register/closure", null, SessionRegister.class);
        }
        Screens.waitFor("the closed register said", () -> find(window.target(), "rosterRegisterClosed").isShowing(), 30);
        window.label("rosterRegisterClosed").requireText("The register is closed. You can still touch your name: your facilitator will be"
                + " told you are here.");
        window.button("person-" + room.groups.get(0).enrolments().get(3)).requireEnabled();
        Screens.screenshot(window.target(), "kiosk-register-closed");
    }

    @Test
    void anIdleKioskGoesBackToAWelcomeScreenWithNoNames() throws Exception {
        Classroom room = classroom();
        open(room, Duration.ofSeconds(3));
        openSession(room, false);
        assertThat(allText(window.target())).contains("Alpha E.");
        long shown = System.nanoTime();
        Screens.waitFor("the welcome screen", () -> "welcomeScreen".equals(Screens.screenName(window.target())), 15);
        assertThat(Duration.ofNanos(System.nanoTime() - shown)).isGreaterThanOrEqualTo(Duration.ofMillis(2500));
        List<String> text = allText(window.target());
        assertThat(text).noneMatch(t -> t.contains("Alpha") || t.contains("Bravo") || t.contains("Delta") || t.contains("Echo"));
        assertThat(text).contains("Welcome", "Today's session is open.", "Sign in");
        Screens.screenshot(window.target(), "kiosk-idle-welcome");

        // Also from the confirm screen, half-way through someone's sign-in.
        window.button("startSignIn").click();
        window.button("person-" + room.groups.get(0).enrolments().get(3)).click();
        Screens.waitFor("the welcome screen", () -> "welcomeScreen".equals(Screens.screenName(window.target())), 15);
        assertThat(allText(window.target())).noneMatch(t -> t.contains("Echo"));
    }

    @Test
    void urduMirrorsTheLayoutAndAPersonsOwnLanguageIsUsedAfterTheyPickTheirName() throws Exception {
        Classroom room = classroom();
        open(room, Duration.ofSeconds(60));
        openSession(room, false);
        window.button("rosterBack").click();
        Screens.waitFor("the welcome screen", () -> "welcomeScreen".equals(Screens.screenName(window.target())), 10);

        window.toggleButton("language-ur").click();
        ResourceBundle urdu = ResourceBundle.getBundle("uk.dap.kiosk.kiosk.KioskText", new Locale("ur"));
        Screens.waitFor("Urdu", () -> urdu.getString("welcome.title").equals(window.label("welcome").target().getText()), 10);
        Container welcome = GuiActionRunner.execute(() -> ((javax.swing.JFrame) window.target()).getContentPane());
        assertThat((boolean) GuiActionRunner.execute(() -> welcome.getComponentOrientation().isLeftToRight())).isFalse();
        assertThat((boolean) GuiActionRunner.execute(() -> find(welcome, "languageBar").getComponentOrientation().isLeftToRight())).isFalse();
        // Mirrored: the staff button, at the start of the line, is on the right; the languages on the left.
        int staffX = GuiActionRunner.execute(() -> find(welcome, "staffMenu").getLocationOnScreen().x);
        int languagesX = GuiActionRunner.execute(() -> find(welcome, "languageBar").getLocationOnScreen().x);
        assertThat(staffX).isGreaterThan(languagesX);
        window.button("startSignIn").requireText(urdu.getString("welcome.start"));
        Screens.screenshot(window.target(), "kiosk-rtl-welcome");

        window.button("startSignIn").click();
        Screens.waitFor("the roster", () -> "rosterScreen".equals(Screens.screenName(window.target())), 10);
        window.label("rosterTitle").requireText(urdu.getString("roster.title"));
        assertThat(screenLeftToRight()).isFalse();
        // In a right-to-left grid the first person (Alpha) is at the right.
        int alphaX = GuiActionRunner.execute(() -> find(window.target(), "person-" + room.groups.get(0).enrolments().get(0)).getLocationOnScreen().x);
        int bravoX = GuiActionRunner.execute(() -> find(window.target(), "person-" + room.groups.get(0).enrolments().get(1)).getLocationOnScreen().x);
        assertThat(alphaX).isGreaterThan(bravoX);
        Screens.screenshot(window.target(), "kiosk-rtl");

        // Alpha's record says English: her confirm screen is English and left to right, though the kiosk shows Urdu.
        window.button("person-" + room.groups.get(0).enrolments().get(0)).click();
        window.label("confirmQuestion").requireText("Is this you?");
        assertThat(screenLeftToRight()).isTrue();
        window.button("confirmNo").click();
        // Echo's record says Urdu.
        Screens.waitFor("the roster", () -> "rosterScreen".equals(Screens.screenName(window.target())), 10);
        window.button("person-" + room.groups.get(0).enrolments().get(3)).click();
        window.label("confirmQuestion").requireText(urdu.getString("confirm.question"));
        window.button("confirmYes").requireText(urdu.getString("confirm.yes"));
        assertThat(screenLeftToRight()).isFalse();
        Screens.screenshot(window.target(), "kiosk-rtl-confirm");
    }

    @Test
    void theKioskCannotBeClosedWithoutAStaffPinAndStaffCanSwitchOnHighContrast() throws Exception {
        Classroom room = classroom();
        open(room, Duration.ofSeconds(60));
        assertThat(window.target().isUndecorated()).isTrue();
        assertThat(window.target().isAlwaysOnTop()).isTrue();

        // The window manager's close (what Alt+F4 asks for) opens the staff PIN dialog; the kiosk stays.
        // Posted, not run and waited for: the PIN dialog is modal.
        javax.swing.SwingUtilities.invokeLater(() -> window.target().dispatchEvent(new WindowEvent(window.target(), WindowEvent.WINDOW_CLOSING)));
        DialogFixture refused = window.dialog("unlockDialog");
        ModalDialogs.unlock(refused, Classroom.FACILITATOR, "1357");
        java.util.function.Supplier<String> answer = () -> GuiActionRunner.execute(
                () -> ((uk.dap.kiosk.ui.StatusBanner) find(refused.target(), "unlockStatus")).message());
        Screens.waitFor("an answer", () -> !answer.get().isBlank() && !answer.get().equals("Checking…"), 20);
        Screens.screenshot(refused.target(), "kiosk-unlock");
        assertThat(answer.get()).isEqualTo("That username and PIN are not right.");
        ModalDialogs.press(refused, "unlockCancel");
        assertThat(window.target().isShowing()).isTrue();

        // Alt+F4 pressed on the kiosk itself is swallowed and asks for the PIN too.
        Screens.waitFor("the kiosk has the focus again", () -> window.target().isFocused(), 10);
        window.robot().pressKey(KeyEvent.VK_ALT);
        window.robot().pressAndReleaseKey(KeyEvent.VK_F4);
        window.robot().releaseKey(KeyEvent.VK_ALT);
        DialogFixture unlock = window.dialog("unlockDialog");
        ModalDialogs.unlock(unlock, Classroom.FACILITATOR, Classroom.PIN);
        DialogFixture menu = window.dialog("staffMenuDialog");
        menu.checkBox("highContrast").requireNotSelected();
        ModalDialogs.press(menu, "highContrast");
        ModalDialogs.press(menu, "largerText");
        Screens.waitFor("both switched on", () -> GuiActionRunner.execute(() -> menu.checkBox("highContrast").target().isSelected()
                && menu.checkBox("largerText").target().isSelected()), 10);
        Screens.screenshot(menu.target(), "kiosk-staff-menu");
        assertThat(GuiActionRunner.execute(() -> new java.awt.Rectangle(menu.target().getSize()).contains(
                javax.swing.SwingUtilities.convertRectangle(find(menu.target(), "closeStaffMenu").getParent(),
                        find(menu.target(), "closeStaffMenu").getBounds(), menu.target())))).as("nothing cut off").isTrue();
        ModalDialogs.press(menu, "closeStaffMenu");
        Screens.waitFor("the staff menu closed", () -> !menu.target().isShowing(), 10);
        Screens.waitFor("the welcome screen", () -> "welcomeScreen".equals(Screens.screenName(window.target())), 10);
        KioskPreferences kept = KioskPreferences.user();
        try {
            assertThat(kept.highContrast()).isTrue();
            assertThat(kept.largerText()).isTrue();
            assertThat((int) GuiActionRunner.execute(() -> ((javax.swing.JFrame) window.target()).getContentPane().getBackground().getRGB() & 0xFFFFFF)).isEqualTo(0x000000);
            Screens.screenshot(window.target(), "kiosk-high-contrast");
            Screens.waitFor("larger text", () -> find(window.target(), "welcome").getFont().getSize() > 80, 10);
        } finally {
            kept.highContrast(false);
            kept.largerText(false);
        }
    }

    private boolean screenLeftToRight() {
        return GuiActionRunner.execute(() -> ((javax.swing.JFrame) window.target()).getContentPane().getComponentOrientation().isLeftToRight());
    }

    static Component find(Component root, String name) {
        if (name.equals(root.getName())) {
            return root;
        }
        if (root instanceof Container container) {
            for (Component child : container.getComponents()) {
                Component found = find(child, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Every piece of text a person could read or hear on the window: label and button text and accessible names. */
    static List<String> allText(Component root) {
        return GuiActionRunner.execute(() -> {
            List<String> text = new ArrayList<>();
            collect(root, text);
            return text;
        });
    }

    private static void collect(Component c, List<String> text) {
        if (!c.isVisible()) {
            return;
        }
        if (c instanceof JLabel label && label.getText() != null) {
            text.add(label.getText());
        }
        if (c instanceof AbstractButton button && button.getText() != null && !button.getText().isEmpty()) {
            text.add(button.getText());
        }
        if (c instanceof JComponent jc && jc.getAccessibleContext().getAccessibleName() != null) {
            text.add(jc.getAccessibleContext().getAccessibleName());
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, text);
            }
        }
    }
}
