package uk.dap.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.shared.text.UkDates;

/**
 * Staff mode against the real server with demo data, as its users work: a programme lead takes a new person from
 * referral to a place in a cohort; a referrer sees only their own people, and never a confidential address.
 */
class StaffJourneyGuiTest extends StaffGuiTest {

    @BeforeAll
    static void startServer() throws Exception {
        server = Screens.startServer();
    }

    @Test
    void aLeadTakesANewPersonFromReferralToAPlaceInANewCohort() throws Exception {
        signIn("demo-lead", "demo-lead-pw");

        // A new participant.
        window.list("navigation").clickItem("Participants");
        window.button("newParticipant").click();
        waitFor("the new participant form", () -> window.textBox("newFirstName").target().isShowing());
        window.textBox("newFirstName").enterText("Testy");
        window.textBox("newLastName").enterText("Example");
        window.textBox("newDateOfBirth").enterText("02/04/1990");
        window.comboBox("newGender").selectItem("Female");
        window.textBox("newLanguage").enterText("English");
        window.textBox("newAccessibility").enterText("Step-free access");
        window.textBox("newAddress").enterText("1 Imaginary Road, Exampletown");
        window.textBox("newPostcode").enterText("ZZ1 1ZZ");
        window.textBox("newPhone").enterText("00000 000000");
        window.checkBox("newSafePhone").check();
        window.checkBox("newSafeText").check();
        window.textBox("newCodeWord").enterText("bluebell");
        window.textBox("newSafeTimes").enterText("Weekday mornings");
        window.button("saveParticipant").click();
        waitFor("the new record", () -> window.label("recordTitle").text().startsWith("Testy Example (P-"));
        String title = window.label("recordTitle").text();
        String reference = title.substring(title.indexOf('(') + 1, title.indexOf(')'));
        assertThat(window.label("recordDateOfBirth").text()).isEqualTo("2 Apr 1990");
        // A lead sees contact details only for someone with an open referral to their programme: not yet.
        assertThat(window.label("recordContact").text()).isEqualTo("Not shown to you");
        assertThat(window.label("recordSafeContact").text()).contains("Phone: yes").contains("Voicemail: no");
        assertThat(window.label("recordCodeWord").text()).isEqualTo("bluebell");
        assertThat(message("participantsScreenStatus")).isEqualTo("Testy Example saved as " + reference + ".");

        // Her child, then a change of the child's status with children's social care.
        window.textBox("childFirstName").enterText("Little");
        window.textBox("childLastName").enterText("Example");
        window.textBox("childDateOfBirth").enterText("01/06/2016");
        window.checkBox("childLivesWith").check();
        window.comboBox("childStatus").selectItem("Child in need");
        window.button("addChild").click();
        waitFor("the child", () -> window.table("recordChildren").target().getRowCount() == 1);
        assertThat(window.table("recordChildren").contents()[0]).contains("Little Example", "1 Jun 2016", "Yes", "Child in need");
        window.table("recordChildren").cell(TableCell.row(0).column(0)).click();
        window.comboBox("childNewStatus").selectItem("Early help");
        window.button("changeChildStatus").click();
        waitFor("the new status", () -> window.table("recordChildren").contents()[0][4].equals("Early help"));

        // A link to a demo person, named by reference and date of birth (Sam Fictional, the third demo participant).
        window.textBox("linkReference").enterText("P-000003");
        window.textBox("linkDateOfBirth").enterText("21/07/1998");
        window.comboBox("linkRelationship").selectItem("Other family");
        // Both victims (say, sisters): the only kind of link that needs no separation, so her details stay visible below.
        window.comboBox("linkThisRole").selectItem("Victim");
        window.comboBox("linkOtherRole").selectItem("Victim");
        window.button("addLink").click();
        waitFor("the link", () -> window.table("recordLinks").target().getRowCount() == 1);
        assertThat(window.table("recordLinks").contents()[0][1]).isEqualTo("Other family");
        assertThat(window.table("recordLinks").contents()[0][0]).isIn("Sam Fictional (demo) (P-000003)",
                "Another person (not visible to you)");
        Screens.screenshot(window.target(), "participant-record-new");

        // Referred to Freedom by an IDVA service, with a DASH score.
        window.button("referParticipant").click();
        waitFor("the referral form", () -> window.comboBox("referralParticipant").target().getItemCount() == 1);
        assertThat(window.comboBox("referralProgramme").selectedItem()).as("not Caring Dads for a woman").isEqualTo("Freedom Programme");
        assertThat(window.label("referralProgrammeHint").target().getAccessibleContext().getAccessibleName())
                .isEqualTo("Caring Dads does not take female participants: Freedom Programme is chosen instead.");
        assertThat(window.label("referralProgrammeHint").text()).contains("Caring Dads does not take female participants");
        assertThat(showing("answerFatherFigure")).as("Caring Dads' question").isFalse();
        assertThat(showing("referralFamilyChildren")).as("DART's children").isFalse();
        window.comboBox("referralProgramme").selectItem("Caring Dads");
        assertThat(showing("answerFatherFigure")).isTrue();
        assertThat(showing("answerExperiencedAbuse")).isFalse();
        window.comboBox("referralProgramme").selectItem("Freedom Programme");
        assertThat(showing("answerFatherFigure")).isFalse();
        window.comboBox("referralAgencyType").selectItem("IDVA service");
        window.textBox("referralAgency").enterText("Exampletown IDVA Service (fictional)");
        window.textBox("referralContact").enterText("A. Worker");
        window.textBox("referralReason").enterText("Asked for a place on the next group.");
        window.comboBox("answerExperiencedAbuse").selectItem("Yes");
        window.textBox("riskDashScore").enterText("11");
        Screens.screenshot(window.target(), "referral-form");
        window.button("sendReferral").click();
        waitFor("the referral", () -> window.label("referralTitle").text().equals("Testy Example (" + reference + ") to Freedom Programme"));
        assertThat(window.label("referralRisk").text()).contains("Medium (DASH score 11");
        assertThat(window.label("referralState").text()).isEqualTo("Referred, being assessed");

        // Her consent to the referral.
        window.textBox("consentObtainedBy").enterText("A. Worker");
        window.button("addConsent").click();
        waitFor("the consent record", () -> window.table("consents").target().getRowCount() == 1);
        assertThat(window.table("consents").contents()[0]).contains("Referral to the programme", "Consent given", "A. Worker", "Active");
        // Information sharing with named agencies, then withdrawn: kept as history.
        window.comboBox("consentPurpose").selectItem("Sharing information with named agencies");
        window.textBox("consentAgencies").enterText("Police; Health visitor");
        window.textBox("consentObtainedBy").enterText("A. Worker");
        window.button("addConsent").click();
        waitFor("the second consent record", () -> window.table("consents").target().getRowCount() == 2);
        window.table("consents").cell(TableCell.row(1).column(0)).click();
        window.textBox("withdrawalNote").enterText("Changed her mind about the police.");
        window.button("withdrawConsent").click();
        waitFor("the withdrawal", () -> window.table("consents").contents()[1][5].startsWith("Withdrawn"));
        assertThat(window.table("consents").contents()[1][5]).endsWith(": Changed her mind about the police.");
        assertThat(window.table("consents").contents()[0][5]).isEqualTo("Active");
        Screens.screenshot(window.target(), "referral-consent");

        // The eligibility check: eligible, one line per rule; then accepted.
        window.button("referralEligibility").click();
        waitFor("the referral to check", () -> window.label("eligibilityAbout").text().contains(reference));
        assertThat(window.comboBox("eligibilityReferral").selectedItem()).startsWith("Testy Example (" + reference + "), Freedom Programme");
        window.button("runEligibilityCheck").click();
        waitFor("the outcome", () -> window.label("eligibilityOutcome").text().equals("Eligible"));
        String[][] rules = window.table("eligibilityRules").contents();
        assertThat(rules.length).isEqualTo(4);
        assertThat(Arrays.stream(rules).map(r -> r[1])).containsOnly("Pass");
        assertThat(Arrays.stream(rules).map(r -> r[2])).contains("She is a woman.", "Consent to the referral is recorded.");
        window.radioButton("decisionAccept").click();
        window.textBox("decisionReason").enterText("Meets the programme's criteria.");
        window.button("recordDecision").click();
        waitFor("the decision", () -> window.table("decisions").target().getRowCount() == 1);
        assertThat(window.table("decisions").contents()[0]).contains("Accept", "Meets the programme's criteria.", "Eligible");
        Screens.screenshot(window.target(), "eligibility-result");

        // A demo person whose consent is not recorded: the check needs information; accepting her needs a justification.
        window.comboBox("eligibilityReferral").selectItem(Pattern.compile("Dana Sample.*"));
        waitFor("Dana's referral", () -> window.label("eligibilityAbout").text().contains("Dana Sample"));
        window.button("runEligibilityCheck").click();
        waitFor("the outcome", () -> window.label("eligibilityOutcome").text().equals("Needs information"));
        assertThat(Arrays.stream(window.table("eligibilityRules").contents()).map(r -> r[1])).contains("Unknown");
        window.radioButton("decisionAccept").click();
        window.textBox("decisionReason").enterText("Consent given by phone today.");
        window.button("recordDecision").click();
        // Refused in the server's own words, and nothing recorded.
        waitFor("the refusal", () -> bannerKind("eligibilityScreenStatus") == StatusBanner.Kind.PROBLEM);
        assertThat(message("eligibilityScreenStatus")).contains("Write a justification to accept them anyway.");
        assertThat(window.table("decisions").target().getRowCount()).isZero();
        window.textBox("decisionJustification").enterText("She gave consent by phone; the record follows.");
        window.button("recordDecision").click();
        waitFor("the decision", () -> window.table("decisions").target().getRowCount() == 1);

        // A new Freedom cohort with one place: twelve weekly sessions, dated the UK way.
        window.list("navigation").clickItem("Cohorts and schedules");
        window.button("newCohort").click();
        waitFor("the venues", () -> window.comboBox("cohortVenue").target().getItemCount() > 0);
        window.comboBox("cohortProgramme").selectItem("Freedom Programme");
        window.textBox("cohortRoom").enterText("Room 2");
        LocalDate monday = LocalDate.now().plusWeeks(5).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        window.textBox("cohortStartDate").enterText(monday.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        window.textBox("cohortStartTime").deleteText().enterText("18:00");
        window.textBox("cohortCapacity").deleteText().enterText("1");
        window.list("cohortFacilitators").selectItem(0);
        window.button("createCohort").click();
        waitFor("the schedule", () -> window.table("sessions").target().getRowCount() == 12);
        window.label("sessionCount").requireText("12 weekly sessions");
        assertThat(window.table("sessions").contents()[0][1]).matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}");
        assertThat(window.table("sessions").contents()[0][3]).isEqualTo("18:00 to 20:00");
        assertThat(window.label("scheduleWhen").text()).startsWith("Every Monday at 18:00");

        // Week 3 cancelled (a replacement week is added at the end), week 5 moved half an hour later.
        window.table("sessions").cell(TableCell.row(2).column(0)).click();
        window.textBox("cancelReason").enterText("Room needed for a training day");
        window.button("cancelSession").click();
        waitFor("the replacement week", () -> window.table("sessions").target().getRowCount() == 13);
        window.label("sessionCount").requireText("12 weekly sessions (1 cancelled)");
        assertThat(window.table("sessions").contents()[2][5]).isEqualTo("Cancelled");
        window.table("sessions").cell(TableCell.row(4).column(0)).click();
        window.textBox("moveTime").deleteText().enterText("18:30");
        window.button("moveSession").click();
        waitFor("the moved session", () -> window.table("sessions").contents()[4][3].equals("18:30 to 20:30"));
        Screens.screenshot(window.target(), "cohort-schedule");

        // Placing both: the first takes the one place, the second waits. Each placement names the person and the
        // cohort before anything changes, and one made in error is undone.
        window.button("openRoster").click();
        waitFor("the accepted referrals", () -> window.comboBox("rosterEligible").target().getItemCount() == 2);
        window.comboBox("rosterEligible").selectItem(Pattern.compile("Testy Example.*"));
        window.button("placeReferral").click();
        JOptionPaneFixture placing = window.optionPane(org.assertj.swing.timing.Timeout.timeout(30_000));
        placing.requireMessage(Pattern.compile(".*Place <b>Testy Example \\(" + reference + "\\)</b>.*in the Freedom Programme cohort starting "
                + Pattern.quote(UkDates.date(monday)) + " at .*Room 2.*", Pattern.DOTALL));
        Screens.screenshot(javax.swing.SwingUtilities.getWindowAncestor(placing.target()), "place-in-cohort-question");
        ModalDialogs.press(placing.buttonWithText("Place them").target());
        waitFor("the roster", () -> window.table("rosterEnrolled").target().getRowCount() == 1);
        assertThat(window.table("rosterEnrolled").contents()[0]).contains(reference, "Testy Example");
        assertThat(message("rosterScreenStatus")).startsWith("Testy Example (" + reference + ") is enrolled in the cohort starting")
                .endsWith("If that was a mistake, press Undo placement.");

        waitFor("the person just placed, chosen", () -> window.table("rosterEnrolled").target().getSelectedRow() == 0);
        window.button("undoPlacement").click();
        JOptionPaneFixture undoing = window.optionPane(org.assertj.swing.timing.Timeout.timeout(30_000));
        undoing.requireMessage(Pattern.compile(".*Take <b>Testy Example \\(" + reference + "\\)</b>.*out of the cohort starting "
                + Pattern.quote(UkDates.date(monday)) + ".*", Pattern.DOTALL));
        ModalDialogs.press(undoing.buttonWithText("Undo the placement").target());
        waitFor("the placement undone", () -> window.table("rosterEnrolled").target().getRowCount() == 0
                && window.comboBox("rosterEligible").target().getItemCount() == 2);
        assertThat(message("rosterScreenStatus")).isEqualTo("The placement of Testy Example (" + reference + ") is undone: they are waiting to be placed again.");

        window.comboBox("rosterEligible").selectItem(Pattern.compile("Testy Example.*"));
        window.button("placeReferral").click();
        ModalDialogs.press(window.optionPane(org.assertj.swing.timing.Timeout.timeout(30_000)).buttonWithText("Place them").target());
        waitFor("the roster", () -> window.table("rosterEnrolled").target().getRowCount() == 1);
        waitFor("the remaining referral", () -> window.comboBox("rosterEligible").target().getItemCount() == 1);
        window.button("placeReferral").click();
        ModalDialogs.press(window.optionPane(org.assertj.swing.timing.Timeout.timeout(30_000)).buttonWithText("Place them").target());
        waitFor("the waiting list", () -> window.table("rosterWaiting").target().getRowCount() == 1);
        assertThat(window.table("rosterWaiting").contents()[0][0]).isEqualTo("1");
        assertThat(window.table("rosterWaiting").contents()[0][2]).startsWith("Dana Sample");
        assertThat(message("rosterScreenStatus")).startsWith("Dana Sample (demo) (").contains(") is on the waiting list of the cohort starting ")
                .contains(", position 1.");
        window.label("rosterPlaces").requireText("1 of 1 places taken; 1 person waiting.");
        Screens.screenshot(window.target(), "cohort-roster");

        // The lead moves her to the demo cohort in the Garden room, named before anything changes; her place goes to Dana.
        window.table("rosterEnrolled").cell(TableCell.row(0).column(0)).click();
        window.comboBox("moveToCohort").selectItem(Pattern.compile(".*Garden room.*"));
        window.button("moveEnrolled").click();
        waitFor("the missing reason", () -> message("rosterScreenStatus").contains("Say why they are moving"));
        window.textBox("moveReason").enterText("Her working hours changed");
        window.button("moveEnrolled").click();
        JOptionPaneFixture question = window.optionPane(org.assertj.swing.timing.Timeout.timeout(30_000));
        question.requireMessage(Pattern.compile(".*Move <b>Testy Example \\(" + reference + "\\)</b>.*to the cohort starting .* Garden room.*",
                Pattern.DOTALL));
        Screens.screenshot(javax.swing.SwingUtilities.getWindowAncestor(question.target()), "move-to-another-cohort");
        ModalDialogs.press(question.buttonWithText("Move them").target());
        waitFor("the move", () -> message("rosterScreenStatus").contains("moved to the cohort starting"));
        waitFor("the roster after the move", () -> window.table("rosterEnrolled").target().getRowCount() == 0);
        waitFor("the place offered", () -> window.table("rosterWaiting").contents()[0][4].equals("Yes"));
        assertThat(message("rosterScreenStatus")).startsWith("Testy Example (" + reference + ") moved to the cohort starting");

        // The register of the cohort she left keeps her row, saying when she moved.
        window.list("navigation").clickItem("Cohort register");
        waitFor("the cohorts", () -> window.comboBox("cohortRegisterCohort").target().getItemCount() > 0);
        window.comboBox("cohortRegisterCohort").selectItem(Pattern.compile(".*from " + Pattern.quote(UkDates.date(monday)) + ", .*Room 2"));
        waitFor("her row", () -> window.table("cohortRegisterNames").target().getRowCount() == 1
                && window.table("cohortRegisterNames").contents()[0][0].contains(" moved "));
        assertThat(window.table("cohortRegisterNames").contents()[0][0]).isEqualTo("Testy Example (" + reference + ") moved "
                + LocalDate.now().format(DateTimeFormatter.ofPattern("d MMM", java.util.Locale.UK)).replace("Sept", "Sep"));
        Screens.screenshot(window.target(), "cohort-register-moved");

        // Back on her record: the referral and where it has got to.
        window.list("navigation").clickItem("Participants");
        window.textBox("searchReference").enterText(reference);
        window.button("searchParticipants").click();
        waitFor("the result", () -> window.table("participantResults").target().getRowCount() == 1);
        window.table("participantResults").cell(TableCell.row(0).column(0)).click();
        waitFor("her referral", () -> window.table("recordReferrals").target().getRowCount() == 1);
        assertThat(window.table("recordReferrals").contents()[0]).contains("Freedom Programme", "Placed in a group");
        assertThat(window.label("recordContact").text()).contains("1 Imaginary Road, Exampletown").contains("Phone 00000 000000");
        Screens.screenshot(window.target(), "participant-record");
    }

    @Test
    void aReferrerSeesOnlyTheirPeopleAndNeverAConfidentialAddress() throws Exception {
        signIn("demo-referrer", "demo-referrer-pw");
        assertThat(window.list("navigation").contents()).containsExactly("My referrals", "Programmes", "Participants", "Referrals", "Progress", "Alerts");

        window.list("navigation").clickItem("Referrals");
        waitFor("their referrals", () -> window.table("referralList").target().getRowCount() >= 3);
        assertThat(Arrays.stream(window.table("referralList").contents()).map(r -> r[1]))
                .contains("Dana Sample (demo)", "Robin Placeholder (demo)", "Sam Fictional (demo)");

        window.list("navigation").clickItem("Participants");
        window.textBox("searchName").enterText("Placeholder");
        window.button("searchParticipants").click();
        waitFor("the result", () -> window.table("participantResults").target().getRowCount() == 1);
        assertThat(window.table("participantResults").target().getColumnCount()).isEqualTo(3);
        window.table("participantResults").cell(TableCell.row(0).column(0)).click();
        waitFor("the record", () -> window.label("recordTitle").text().startsWith("Robin Placeholder"));
        assertThat(window.label("recordContact").text()).isEqualTo("Not shown to you");
        assertThat(window.label("recordAccess").text()).isEqualTo("You see this record as: referrer");
        window.label("recordLinksHidden").requireText("Not shown to you");
        Screens.screenshot(window.target(), "referrer-record");

        // Their restricted view of her progress, said in words on the screen.
        window.button("openProgress").click();
        waitFor("her progress", () -> window.label("progressParticipant").text().startsWith("Robin Placeholder"));
        window.label("progressRestricted").requireText("Referrer's view: case notes, withdrawal notes and other alerts are not shown.");

        window.list("navigation").clickItem("Referrals");
        window.button("newReferral").click();
        window.textBox("referralParticipantQuery").enterText("Fictional");
        window.button("referralFindParticipant").click();
        waitFor("the participant", () -> window.comboBox("referralParticipant").target().getItemCount() == 1);
        assertThat(window.comboBox("referralParticipant").selectedItem()).startsWith("Sam Fictional");
        Screens.screenshot(window.target(), "referrer-referral-form");
    }

    /** Whether the named component is on screen (hidden ones cannot be found by a fixture). */
    private boolean showing(String name) {
        return org.assertj.swing.edt.GuiActionRunner.execute(() -> window.robot().finder().findByName(window.target(), name, false).isShowing());
    }
}
