package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dap.server.testing.PayaraProcess;
import uk.dap.shared.api.evaluation.EvaluationSummary;
import uk.dap.shared.api.evaluation.ResponseSource;
import uk.dap.shared.api.evaluation.ResponseView;
import uk.dap.shared.api.evaluation.Stage;
import uk.dap.shared.client.DapClient;

/**
 * A questionnaire on the kiosk, in a real full-screen window against the real server: the facilitator starts it from
 * the staff menu for someone who has signed in, the participant answers and skips with the large buttons while
 * "Question n of 10" advances, and sends; afterwards nothing of the answers is on the screen, the kiosk is back at the
 * roster, and the server holds the response once, scored. Urdu is mirrored right to left.
 */
@Tag(Screens.OFFLINE)
class KioskQuestionnaireGuiTest {
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
    }

    private void open(Classroom room) {
        window = KioskSteps.open(server.uri(), home, room, Duration.ofMinutes(10));
    }

    private void openSession(Classroom room) throws Exception {
        KioskSteps.openSession(window, room, null);
    }

    private void signIn(long enrolment) {
        KioskSteps.signIn(window, "person-" + enrolment);
    }

    /** Back to the welcome screen, the staff PIN, the staff menu, "Start a questionnaire", then the questionnaire chosen. */
    private void startQuestionnaire(long enrolment, String instrument) throws Exception {
        KioskSteps.toQuestionnaireList(window);
        Screens.waitFor("the questionnaire list", () -> find(window.target(), "due-" + enrolment + "-" + instrument) != null, 30);
        Screens.screenshot(window.target(), "kiosk-questionnaire-choice");
        window.button("due-" + enrolment + "-" + instrument).click();
        Screens.waitFor("the questionnaire", () -> "questionnaireScreen".equals(Screens.screenName(window.target())), 30);
    }

    private String progress() {
        return GuiActionRunner.execute(() -> ((JLabel) find(window.target(), "questionProgress")).getText());
    }

    private void choose(int value, String nextProgress) {
        window.button("choice-" + value).click();
        if (nextProgress != null) {
            Screens.waitFor(nextProgress, () -> nextProgress.equals(progress()), 10);
        }
    }

    @Test
    void aParticipantAnswersSkipsAndSendsAndThenNothingOfTheAnswersCanBeSeen() throws Exception {
        Classroom room = Classroom.create(server.uri(), List.of(List.of(
                new Classroom.Person("Alpha", "Example", "English"),
                new Classroom.Person("Echo", "Sample", "Urdu"))));
        Classroom.Group group = room.groups.get(0);
        long alpha = group.enrolments().get(0);
        open(room);
        openSession(room);
        signIn(alpha);

        startQuestionnaire(alpha, "RSES");
        assertThat(allText(window.target())).as("the introduction").anyMatch(t -> t.startsWith("Here are some sentences"));
        window.button("questionnaireStart").click();
        Screens.waitFor("question 1", () -> "Question 1 of 10".equals(progress()), 10);
        assertThat(allText(window.target())).contains("On the whole, I am satisfied with myself.", "Strongly agree", "Strongly disagree");
        choose(3, "Question 2 of 10");
        window.button("questionSkip").click();
        Screens.waitFor("question 3", () -> "Question 3 of 10".equals(progress()), 10);
        assertThat(GuiActionRunner.execute(() -> ((javax.swing.JProgressBar) find(window.target(), "questionProgressBar")).getValue())).isEqualTo(2);
        Screens.screenshot(window.target(), "kiosk-questionnaire");
        choose(3, "Question 4 of 10");
        // Back one question and answer it again: the earlier choice is still there until the answers are sent.
        window.button("questionBack").click();
        Screens.waitFor("question 3 again", () -> "Question 3 of 10".equals(progress()), 10);
        choose(3, "Question 4 of 10");
        choose(2, "Question 5 of 10");  // rses4: 2
        choose(0, "Question 6 of 10");  // rses5, reversed: 3
        choose(1, "Question 7 of 10");  // rses6, reversed: 2
        choose(3, "Question 8 of 10");  // rses7: 3
        choose(0, "Question 9 of 10");  // rses8, reversed: 3
        choose(0, "Question 10 of 10"); // rses9, reversed: 3
        choose(2, null);                // rses10: 2
        Screens.waitFor("the page that sends", () -> find(window.target(), "questionnaireSubmit") != null, 10);
        window.label("questionnaireReview").requireText("You answered 9 of 10 questions.");
        window.button("questionnaireSubmit").click();

        Screens.waitFor("thank you", () -> "questionnaireDoneScreen".equals(Screens.screenName(window.target())), 10);
        assertNoAnswersShown();
        Screens.waitFor("back to the roster", () -> "rosterScreen".equals(Screens.screenName(window.target())), 10);
        assertNoAnswersShown();
        assertThat(find(window.target(), "questionnaireScreen")).as("the questionnaire is gone from the window").isNull();

        // Sent through the outbox, which then forgets the answers.
        Screens.waitFor("nothing waiting", () -> !((JLabel) find(window.target(), "waitingCount")).isVisible(), 20);
        Path responses = home.resolve("outbox").resolve("responses");
        Screens.waitFor("the outbox emptied", () -> {
            try (var files = Files.list(responses)) {
                return files.findAny().isEmpty();
            } catch (java.io.IOException e) {
                return false;
            }
        }, 20);

        // The server has it once, scored from the definition: 3+3+2+3+2+3+3+3+2 = 24 over 9 items, prorated to 10.
        try (DapClient lead = Classroom.client(server.uri())) {
            lead.signIn("demo-lead", "demo-lead-pw");
            EvaluationSummary summary = lead.send("GET", "/api/evaluation/participants/" + group.participants().get(0), null, EvaluationSummary.class);
            assertThat(summary.responses()).singleElement().satisfies(r -> {
                assertThat(r.instrument()).isEqualTo("RSES");
                assertThat(r.stage()).isEqualTo(Stage.PRE);
                assertThat(r.source()).isEqualTo(ResponseSource.KIOSK);
                assertThat(r.answered()).isEqualTo(9);
                assertThat(r.score()).isEqualTo(26.67);
                assertThat(r.answers()).extracting(a -> a.value()).containsExactly(3, null, 3, 2, 0, 1, 3, 0, 0, 2);
            });
            assertThat(summary.responses()).extracting(ResponseView::id).doesNotHaveDuplicates();
        }

        // Echo's record says Urdu: her questionnaire is in Urdu, mirrored right to left.
        long echo = group.enrolments().get(1);
        signIn(echo);
        startQuestionnaire(echo, "LIFE_AREAS");
        window.button("questionnaireStart").click();
        Screens.waitFor("the first question", () -> find(window.target(), "questionText") != null, 10);
        Container content = GuiActionRunner.execute(() -> ((JFrame) window.target()).getContentPane());
        assertThat((boolean) GuiActionRunner.execute(() -> content.getComponentOrientation().isLeftToRight())).isFalse();
        assertThat(progress()).contains("سوال");
        Screens.screenshot(window.target(), "kiosk-questionnaire-urdu");
    }

    @Test
    void aQuestionnaireAnsweredWhileTheServerIsDownArrivesOnceWhenItIsBack() throws Exception {
        Classroom room = Classroom.create(server.uri(), List.of(List.of(new Classroom.Person("Foxtrot", "Example", "English"))));
        Classroom.Group group = room.groups.get(0);
        long foxtrot = group.enrolments().get(0);
        open(room);
        openSession(room);
        signIn(foxtrot);
        Screens.waitFor("the sign-in sent", () -> !((JLabel) find(window.target(), "waitingCount")).isVisible(), 20);

        server.stop();
        try {
            // The staff PIN is checked against the opener's (offline), what is due comes from the kiosk's last look,
            // and the questionnaire is built from the definitions the kiosk ships with.
            startQuestionnaire(foxtrot, "RSES");
            window.button("questionnaireStart").click();
            Screens.waitFor("question 1", () -> "Question 1 of 10".equals(progress()), 10);
            for (int i = 1; i <= 10; i++) {
                choose(2, i < 10 ? "Question " + (i + 1) + " of 10" : null);
            }
            Screens.waitFor("the page that sends", () -> find(window.target(), "questionnaireSubmit") != null, 10);
            window.button("questionnaireSubmit").click();
            Screens.waitFor("back to the roster", () -> "rosterScreen".equals(Screens.screenName(window.target())), 15);
            assertNoAnswersShown();
            try (var files = Files.list(home.resolve("outbox").resolve("responses"))) {
                assertThat(files.count()).as("kept safely on the kiosk").isEqualTo(1);
            }
            Screens.waitFor("one waiting", () -> ((JLabel) find(window.target(), "waitingCount")).isVisible(), 20);
        } finally {
            server.launch();
        }

        Screens.waitFor("sent when the server is back", () -> {
            try (var files = Files.list(home.resolve("outbox").resolve("responses"))) {
                return files.findAny().isEmpty();
            } catch (java.io.IOException e) {
                return false;
            }
        }, 60);
        try (DapClient lead = Classroom.client(server.uri())) {
            lead.signIn("demo-lead", "demo-lead-pw");
            EvaluationSummary summary = lead.send("GET", "/api/evaluation/participants/" + group.participants().get(0), null, EvaluationSummary.class);
            assertThat(summary.responses()).singleElement().satisfies(r -> {
                assertThat(r.source()).isEqualTo(ResponseSource.KIOSK);
                assertThat(r.score()).as("5 x 2 + 5 x (3 - 2)").isEqualTo(15.0);
            });
        }
    }

    /** No answer's words on the screen, no button left selected, no question text. */
    private void assertNoAnswersShown() {
        List<String> shown = allText(window.target());
        assertThat(shown).noneMatch(t -> t.contains("agree") || t.contains("Disagree") || t.contains("satisfied") || t.contains("You answered"));
        assertThat(GuiActionRunner.execute(() -> selectedButtons(window.target()))).isEmpty();
    }

    private static List<String> selectedButtons(Component root) {
        List<String> selected = new ArrayList<>();
        if (root instanceof AbstractButton b && b.isSelected() && b.getName() != null && b.getName().startsWith("choice-")) {
            selected.add(b.getName());
        }
        if (root instanceof Container c) {
            for (Component child : c.getComponents()) {
                selected.addAll(selectedButtons(child));
            }
        }
        return selected;
    }

    static Component find(Component root, String name) {
        return KioskAttendanceGuiTest.find(root, name);
    }

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
            text.add(label.getText().replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        } else if (c instanceof AbstractButton button && button.getText() != null) {
            text.add(button.getText());
        } else if (c instanceof JTextComponent field && field.getText() != null) {
            text.add(field.getText());
        }
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, text);
            }
        }
    }
}
