package uk.dap.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dap.kiosk.staff.CannedStaffWindow.waitFor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.dap.kiosk.Screens;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.shared.api.evaluation.EvaluationSummary;
import uk.dap.shared.api.evaluation.FollowUpDue;
import uk.dap.shared.api.evaluation.ItemAnswer;
import uk.dap.shared.api.evaluation.PaperResponse;
import uk.dap.shared.api.evaluation.ResponseSource;
import uk.dap.shared.api.evaluation.ResponseView;
import uk.dap.shared.api.evaluation.Stage;
import uk.dap.shared.api.participant.ParticipantView;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.ReferralSummary;
import uk.dap.shared.api.referral.ReferralView;
import uk.dap.shared.evaluation.InstrumentDefinition;
import uk.dap.shared.evaluation.Instruments;
import uk.dap.shared.security.Role;

/** The paper-entry screen with canned answers: a key worker types in a paper RSES, skipped items stay skipped. */
class PaperQuestionnaireGuiTest {
    Robot robot;
    FrameFixture window;
    final List<PaperResponse> sent = new ArrayList<>();

    /** The canned API with someone placed in a group, the shipped instruments, and paper entries recorded. */
    class PaperApi extends CannedStaffApi {
        /** The person's referrals as their record lists them: one still waiting (not offered here) and one in a group. */
        List<ReferralSummary> referralsOf(long participantId) {
            return List.of(new ReferralSummary(30L, null, participantId, "P-000013", "Paper Example", "DART", LocalDate.of(2026, 10, 1),
                    EnrolmentState.REFERRED, null), new ReferralSummary(31L, 41L, participantId, "P-000013", "Paper Example", "FREEDOM",
                    LocalDate.of(2026, 9, 1), EnrolmentState.ENROLLED, 7L));
        }

        @Override
        public ParticipantView participant(long id) {
            ParticipantView p = super.participant(id);
            return new ParticipantView(p.id(), p.reference(), p.firstName(), p.lastName(), p.dateOfBirth(), p.gender(), p.preferredLanguage(),
                    p.interpreterNeeded(), p.accessibilityNeeds(), p.contact(), p.safeContact(), p.riskLevel(), p.keyWorker(), p.children(),
                    p.links(), referralsOf(id), p.access());
        }

        @Override
        public List<InstrumentDefinition> instruments() {
            return Instruments.shipped().current();
        }

        @Override
        public List<FollowUpDue> followUps() {
            return List.of(new FollowUpDue(41L, 13L, "P-000013", "Paper Example", "FREEDOM", "Freedom Programme", LocalDate.of(2026, 3, 2),
                    LocalDate.of(2026, 9, 2), List.of("LIFE_AREAS")));
        }

        @Override
        public EvaluationSummary evaluation(long participantId) {
            return new EvaluationSummary(participantId, List.of(), List.of());
        }

        @Override
        public ResponseView enterPaperQuestionnaire(PaperResponse paper) {
            sent.add(paper);
            return new ResponseView("r-1", paper.enrolmentId(), "FREEDOM", paper.instrument(), 1, "How I feel about myself", paper.stage(),
                    ResponseSource.PAPER, "u", Instant.parse("2026-11-23T12:00:00Z"), 21.11, 9, 10, true, Map.of(), paper.answers(), null, null);
        }
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void aKeyWorkerTypesInAPaperQuestionnaire() throws Exception {
        robot = Screens.robot();
        window = CannedStaffWindow.open(robot, Role.KEY_WORKER, new PaperApi());
        window.list("navigation").clickItem("Questionnaire on paper");
        waitFor(() -> window.comboBox("paperInstrument").target().getItemCount() == 4);
        // A follow-up that is due fills in whose (their name, and the referral in a group), which and when.
        assertThat(window.list("paperFollowUps").contents()).containsExactly(
                "Paper Example (P-000013), Freedom Programme: due 2 Sep 2026, still to do My life now (self-rating)");
        window.list("paperFollowUps").clickItem(0);
        waitFor(() -> "Follow-up".equals(window.comboBox("paperStage").selectedItem()));
        assertThat(window.comboBox("paperInstrument").selectedItem()).isEqualTo("My life now (self-rating)");
        waitFor(() -> window.comboBox("paperReferral").target().getItemCount() == 1);
        assertThat(window.comboBox("paperReferral").selectedItem()).startsWith("Freedom Programme, referred 1 Sep 2026");
        assertThat(window.textBox("paperReference").text()).isEqualTo("Paper Example (P-000013)");

        window.comboBox("paperInstrument").selectItem(0);
        window.comboBox("paperStage").selectItem(1);
        waitFor(() -> window.comboBox("paperItem-rses10").target().isShowing());
        // Item 1 "Strongly agree", item 2 left blank on the paper, the rest "Agree".
        window.comboBox("paperItem-rses1").selectItem("3  Strongly agree");
        for (int i = 3; i <= 10; i++) {
            window.comboBox("paperItem-rses" + i).selectItem("2  Agree");
        }
        shot("paper-questionnaire");
        window.button("savePaperQuestionnaire").click();
        waitFor(() -> ((StatusBanner) window.label("paperQuestionnaireScreenStatus").target()).kind() == StatusBanner.Kind.OK);

        assertThat(((StatusBanner) window.label("paperQuestionnaireScreenStatus").target()).message())
                .isEqualTo("Saved as answered on paper: score 21.11 (9 of 10 answered).");
        assertThat(sent).singleElement().satisfies(p -> {
            assertThat(p.enrolmentId()).isEqualTo(41L);
            assertThat(p.instrument()).isEqualTo("RSES");
            assertThat(p.stage()).isEqualTo(Stage.POST);
            assertThat(p.answers()).extracting(ItemAnswer::value).containsExactly(3, null, 2, 2, 2, 2, 2, 2, 2, 2);
        });
        assertThat(window.comboBox("paperItem-rses1").target().getSelectedIndex()).as("cleared for the next one").isZero();
    }

    /** A DART mother who came with her child "Little" (child 1): the children's questionnaire names the child who answered. */
    @Test
    void aChildsPaperQuestionnaireNamesTheChildWhoAnswered() throws Exception {
        robot = Screens.robot();
        window = CannedStaffWindow.open(robot, Role.KEY_WORKER, new PaperApi() {
            @Override
            List<ReferralSummary> referralsOf(long participantId) {
                return List.of(new ReferralSummary(30L, 40L, 12L, "P-000012", "Testy Example", "DART", LocalDate.of(2026, 9, 1),
                        EnrolmentState.ENROLLED, 7L));
            }

            @Override
            public ReferralView referral(long id) {
                ReferralView r = super.referral(id);
                return new ReferralView(r.id(), r.participant(), "DART", r.referrer(), r.agencyType(), r.externalAgency(), r.externalContact(),
                        r.referredOn(), r.reason(), r.answers(), List.of(1L), r.risk(), r.riskHistory(), r.consents(), r.latestCheck(),
                        r.decisions(), r.enrolment());
            }
        });
        window.list("navigation").clickItem("Questionnaire on paper");
        waitFor(() -> window.comboBox("paperInstrument").target().getItemCount() == 4);
        // The mother found by her reference (Enter on a full reference opens her at once).
        window.textBox("paperReference").enterText("P-000012");
        window.textBox("paperReference").pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER);
        waitFor(() -> window.comboBox("paperReferral").target().getItemCount() == 1);
        assertThat(window.comboBox("paperChild").target().isEnabled()).as("an adult's questionnaire: no child to choose").isFalse();
        window.comboBox("paperInstrument").selectItem("How I feel");
        waitFor(() -> window.comboBox("paperChild").target().isEnabled());
        assertThat(window.comboBox("paperChild").contents()).containsExactly("Little");
        waitFor(() -> window.comboBox("paperItem-calm").target().isShowing());
        window.comboBox("paperItem-safe").selectItem("4  Quite a lot");
        shot("paper-questionnaire-child");
        window.button("savePaperQuestionnaire").click();
        waitFor(() -> ((StatusBanner) window.label("paperQuestionnaireScreenStatus").target()).kind() == StatusBanner.Kind.OK);
        assertThat(sent).singleElement().satisfies(p -> {
            assertThat(p.instrument()).isEqualTo("CHILD_FEELINGS");
            assertThat(p.childId()).as("Little's answers, not her mother's").isEqualTo(1L);
            assertThat(p.answers()).extracting(ItemAnswer::value).containsExactly(4, null, null, null, null, null);
        });
    }

    private void shot(String name) throws Exception {
        Screens.screenshot(window.target(), name);
    }
}
