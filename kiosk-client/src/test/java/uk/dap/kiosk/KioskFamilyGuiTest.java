package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dap.server.testing.PayaraProcess;
import uk.dap.shared.api.attendance.RegisterEntry;
import uk.dap.shared.api.evaluation.EvaluationSummary;
import uk.dap.shared.api.evaluation.ResponseSource;
import uk.dap.shared.client.DapClient;

/**
 * A DART family at the kiosk, in a real window against the real server (issue 17): the roster shows the mother and each
 * child who came with her, by first name and initial only; each signs in for themselves; then a child answers the
 * children's questionnaire on the large faces, one question at a time, and the moment the answers are handed to the
 * outbox they are gone from the screen. The server has the child's marks and the child's answers as the child's own.
 */
class KioskFamilyGuiTest {
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

    @Test
    void eachMemberOfTheFamilySignsInAndAChildAnswersOnTheFaces() throws Exception {
        Classroom.Family family = Classroom.family(server.uri(), new Classroom.Person("Dana", "Hollowfield", "English"), "Ella", "Finn");
        long ella = family.children().get(0);
        long finn = family.children().get(1);
        String mother = "person-" + family.enrolment();
        String ellaButton = mother + "-" + ella;
        String finnButton = mother + "-" + finn;
        open(family.room());
        openSession(family.room());

        assertThat(name(mother)).isEqualTo("Dana H.");
        assertThat(name(ellaButton)).as("a child by first name and initial only").isEqualTo("Ella H.");
        assertThat(name(finnButton)).isEqualTo("Finn H.");
        Screens.screenshot(window.target(), "kiosk-family-roster");
        signIn(mother);
        signIn(ellaButton);
        assertThat(GuiActionRunner.execute(() -> ((JButton) KioskAttendanceGuiTest.find(window.target(), finnButton)).isEnabled()))
                .as("Finn has not signed in: his mother's sign-in is not his").isTrue();
        // Finn was marked absent by his facilitator before he came in: his own sign-in replaces it, as his mother's would.
        try (DapClient facilitator = Classroom.client(server.uri())) {
            facilitator.signIn(Classroom.FACILITATOR, "demo-facilitator-pw");
            facilitator.send("PUT", "/api/sessions/" + family.sessionId() + "/register/" + family.enrolment() + "/children/" + finn,
                    new uk.dap.shared.api.attendance.RegisterMark(uk.dap.shared.api.attendance.AttendanceStatus.ABSENT, null),
                    uk.dap.shared.api.attendance.SessionRegister.class);
        }
        signIn(finnButton);

        startQuestionnaire("due-" + family.enrolment() + "-" + ella + "-CHILD_FEELINGS");
        assertThat(KioskQuestionnaireGuiTest.allText(window.target())).anyMatch(t -> t.startsWith("Six short questions about how you feel"));
        window.button("questionnaireStart").click();
        Screens.waitFor("question 1", () -> "Question 1 of 6".equals(progress()), 10);
        assertThat(KioskQuestionnaireGuiTest.allText(window.target())).contains("How safe do you feel at home?", "Not at all", "A lot");
        assertThat(GuiActionRunner.execute(() -> ((JButton) KioskAttendanceGuiTest.find(window.target(), "choice-5")).getIcon()))
                .as("a face on every answer").isNotNull();
        assertThat(GuiActionRunner.execute(() -> ((JButton) KioskAttendanceGuiTest.find(window.target(), "choice-5")).getAccessibleContext()
                .getAccessibleName())).as("read aloud by its words").isEqualTo("A lot");
        Screens.screenshot(window.target(), "kiosk-child-questionnaire");
        int[] answers = {5, 4, 4, 3, 5, 2};
        for (int i = 0; i < answers.length; i++) {
            window.button("choice-" + answers[i]).click();
            String next = i + 2 <= answers.length ? "Question " + (i + 2) + " of 6" : null;
            if (next != null) {
                Screens.waitFor(next, () -> next.equals(progress()), 10);
            }
        }
        Screens.waitFor("the page that sends", () -> KioskAttendanceGuiTest.find(window.target(), "questionnaireSubmit") != null, 10);
        window.button("questionnaireSubmit").click();
        Screens.waitFor("thank you", () -> "questionnaireDoneScreen".equals(Screens.screenName(window.target())), 10);
        assertThat(KioskQuestionnaireGuiTest.allText(window.target())).as("nothing of the child's answers is left on the screen")
                .noneMatch(t -> t.contains("How safe") || t.contains("A lot") || t.contains("Not at all"));
        Path responses = home.resolve("outbox").resolve("responses");
        Screens.waitFor("the outbox emptied", () -> {
            try (var files = Files.list(responses)) {
                return files.findAny().isEmpty();
            } catch (java.io.IOException e) {
                return false;
            }
        }, 30);

        try (DapClient lead = Classroom.client(server.uri())) {
            lead.signIn("demo-lead", "demo-lead-pw");
            EvaluationSummary summary = lead.send("GET", "/api/evaluation/participants/" + family.participant(), null, EvaluationSummary.class);
            assertThat(summary.responses()).singleElement().satisfies(r -> {
                assertThat(r.instrument()).isEqualTo("CHILD_FEELINGS");
                assertThat(r.childId()).as("Ella's own, not her mother's").isEqualTo(ella);
                assertThat(r.respondent()).isEqualTo("Ella H.");
                assertThat(r.source()).isEqualTo(ResponseSource.KIOSK);
                assertThat(r.score()).isEqualTo(3.83);
            });
        }
        Screens.waitFor("back to the roster", () -> "rosterScreen".equals(Screens.screenName(window.target())), 15);
        Screens.waitFor("the sign-ins delivered", () -> !((JLabel) KioskAttendanceGuiTest.find(window.target(), "waitingCount")).isVisible(), 30);
        RegisterEntry entry = Classroom.register(server.uri(), family.sessionId()).entries().get(0);
        assertThat(entry.status()).isNotNull();
        assertThat(entry.children()).extracting(c -> c.firstName() + " " + (c.status() == null ? null : c.status().attended()))
                .containsExactly("Finn true", "Ella true");
    }

    private void open(Classroom room) {
        window = KioskSteps.open(server.uri(), home, room, Duration.ofMinutes(10));
    }

    private void openSession(Classroom room) throws Exception {
        KioskSteps.openSession(window, room, null);
    }

    private String name(String button) {
        return GuiActionRunner.execute(() -> {
            Component label = KioskAttendanceGuiTest.find(window.target(), button.replace("person-", "personName-"));
            return ((JLabel) label).getText();
        });
    }

    private void signIn(String button) {
        KioskSteps.signIn(window, button);
    }

    private void startQuestionnaire(String due) throws Exception {
        KioskSteps.toQuestionnaireList(window);
        Screens.waitFor("the questionnaire list", () -> KioskAttendanceGuiTest.find(window.target(), due) != null, 30);
        Screens.screenshot(window.target(), "kiosk-family-questionnaire-choice");
        List<String> offered = KioskQuestionnaireGuiTest.allText(window.target());
        assertThat(offered).contains("Ella H.: How I feel", "Finn H.: How I feel").doesNotContain("Dana H.: How I feel");
        window.button(due).click();
        Screens.waitFor("the questionnaire", () -> "questionnaireScreen".equals(Screens.screenName(window.target())), 30);
    }

    private String progress() {
        return GuiActionRunner.execute(() -> ((JLabel) KioskAttendanceGuiTest.find(window.target(), "questionProgress")).getText());
    }
}
