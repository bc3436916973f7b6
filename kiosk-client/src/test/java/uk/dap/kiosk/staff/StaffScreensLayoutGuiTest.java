package uk.dap.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.dap.kiosk.staff.CannedStaffWindow.waitFor;

import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.dap.kiosk.ModalDialogs;
import uk.dap.kiosk.Screens;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.shared.security.Role;

/**
 * The staff screens with fixed, fictional answers in place of the server: how withheld fields read, and that each
 * screen lays out. The end-to-end journeys against the real server are in {@code StaffJourneyGuiTest}.
 */
class StaffScreensLayoutGuiTest {
    Robot robot;
    FrameFixture window;

    void open(Role role) {
        robot = Screens.robot();
        window = CannedStaffWindow.open(robot, role, new CannedStaffApi());
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void aRecordSaysWhatIsWithheldAndNeverNamesAHiddenLinkedPerson() throws Exception {
        open(Role.PROGRAMME_LEAD);
        window.list("navigation").clickItem("Participants");
        window.textBox("searchName").enterText("Example");
        window.button("searchParticipants").click();
        waitFor(() -> window.table("participantResults").target().getRowCount() == 2);
        window.table("participantResults").cell(org.assertj.swing.data.TableCell.row(1).column(0)).click();
        waitFor(() -> window.label("recordTitle").text().contains("P-000013"));
        assertThat(window.label("recordContact").text()).isEqualTo("Not shown to you");
        assertThat(window.label("recordSafeContact").text()).isEqualTo("Not shown to you");
        assertThat(window.table("recordLinks").contents()[0][0]).isEqualTo("Another person (not visible to you)");
        shot("layout-participant-hidden");

        window.table("participantResults").cell(org.assertj.swing.data.TableCell.row(0).column(0)).click();
        waitFor(() -> window.label("recordTitle").text().contains("P-000012"));
        assertThat(window.label("recordContact").text()).contains("CONFIDENTIAL: Moved to a refuge");
        assertThat(window.label("recordLanguage").text()).isEqualTo("Polish, interpreter needed (never a family member)");
        shot("layout-participant-record");
    }

    @Test
    void eachScreenLaysOut() throws Exception {
        open(Role.PROGRAMME_LEAD);
        window.list("navigation").clickItem("Participants");
        window.button("newParticipant").click();
        shot("layout-new-participant");

        window.list("navigation").clickItem("Referrals");
        window.button("newReferral").click();
        shot("layout-referral-form");
        window.table("referralList").cell(org.assertj.swing.data.TableCell.row(0).column(0)).click();
        waitFor(() -> window.label("referralTitle").text().contains("Freedom"));
        shot("layout-referral-detail");

        window.button("referralEligibility").click();
        waitFor(() -> window.label("eligibilityOutcome").text().equals("Eligible"));
        assertThat(window.table("eligibilityRules").rowCount()).isEqualTo(4);
        shot("layout-eligibility");

        window.list("navigation").clickItem("Cohorts and schedules");
        window.button("newCohort").click();
        waitFor(() -> window.comboBox("cohortVenue").target().getItemCount() == 2);
        window.textBox("cohortStartDate").enterText("11/01/2027");
        shot("layout-cohort-form");
        window.button("createCohort").click();
        waitFor(() -> window.table("sessions").target().getRowCount() == 12);
        assertThat(window.label("scheduleSkippedWeeks").text()).as("the gap in the dates explained")
                .isEqualTo("No session on 22 Feb 2027 (Half-term closure (demo)): closure days are skipped, and the sessions run on a week later.");
        shot("layout-cohort-schedule");

        window.button("openRoster").click();
        waitFor(() -> window.table("rosterWaiting").target().getRowCount() == 1);
        window.button("placeReferral").click();
        ModalDialogs.press(window.optionPane(org.assertj.swing.timing.Timeout.timeout(30_000)).buttonWithText("Place them").target());
        waitFor(() -> message("rosterScreenStatus").contains("linked"));
        shot("layout-roster");
    }

    @Test
    void aReferrerSeesOnlyParticipantsAndReferrals() throws Exception {
        open(Role.REFERRER);
        assertThat(window.list("navigation").contents()).containsExactly("My referrals", "Programmes", "Participants", "Referrals", "Progress",
                "Alerts");
        window.list("navigation").clickItem("Referrals");
        window.button("newReferral").click();
        shot("layout-referrer-form");
    }

    @Test
    void aKeyWorkerChecksEligibilityButLeavesTheDecisionToTheLead() throws Exception {
        open(Role.KEY_WORKER);
        assertThat(window.list("navigation").contents())
                .containsExactly("Today", "Programmes", "Participants", "Referrals", "Eligibility and decision", "Case notes",
                        "Questionnaire on paper", "Progress", "Alerts", "Outcomes", "New Beginnings", "Data protection");
        window.list("navigation").clickItem("Eligibility and decision");
        // Testy's referral is accepted already, so not among those waiting: found by her reference instead.
        window.textBox("eligibilityAnyoneReference").enterText("P-000012");
        window.textBox("eligibilityAnyoneReference").pressAndReleaseKeys(java.awt.event.KeyEvent.VK_ENTER);
        waitFor(() -> window.label("eligibilityOutcome").text().equals("Eligible"));
        assertThat(window.comboBox("eligibilityReferral").selectedItem()).isEqualTo("Testy Example (P-000012), Freedom Programme, 20 Nov 2026");
        window.button("runEligibilityCheck").requireEnabled();
        assertThat(robot.finder().findAll(window.target(), c -> "recordDecision".equals(c.getName()))).isEmpty();
    }

    @Test
    void aFacilitatorSeesCohortsButCannotChangeThem() throws Exception {
        open(Role.FACILITATOR);
        assertThat(window.list("navigation").contents())
                .containsExactly("Today", "Programmes", "Participants", "Cohorts and schedules", "Cohort roster", "Session register",
                        "Cohort register", "Case notes", "My kiosk PIN");
        window.list("navigation").clickItem("Cohorts and schedules");
        window.comboBox("cohortChoice").selectItem(0);
        waitFor(() -> window.table("sessions").target().getRowCount() == 12);
        for (String lead : java.util.List.of("newCohort", "moveSession", "cancelSession", "placeReferral", "newParticipant",
                "acknowledgeAlert")) {
            assertThat(robot.finder().findAll(window.target(), c -> lead.equals(c.getName()))).as(lead).isEmpty();
        }
    }

    @Test
    void theRegisterAlertsAndPinScreensLayOut() throws Exception {
        open(Role.PROGRAMME_LEAD);
        assertThat(window.list("navigation").contents()).containsExactly("Today", "Programmes", "Participants", "Referrals",
                "Eligibility and decision", "Cohorts and schedules", "Cohort roster", "Session register", "Cohort register", "Case notes",
                "Questionnaire on paper", "Progress", "Alerts", "Outcomes", "New Beginnings", "Programme settings", "Reports",
                "Possible duplicates", "My kiosk PIN", "Venues", "Import", "Data protection");
        window.list("navigation").clickItem("Session register");
        waitFor(() -> window.table("registerEntries").target().getRowCount() == 3);
        assertThat(window.label("registerState").text()).isEqualTo("Open: mark everyone, then close the register.");
        assertThat(window.table("registerEntries").contents()[0]).containsExactly("Testy Example", "P-000012", "Present",
                "23 Nov 2026, 10:02", "23 Nov 2026, 10:03", "Kiosk (Group room 1)", "");
        assertThat(window.table("registerEntries").contents()[2][2]).isEqualTo("Not marked");
        shot("layout-register");

        window.button("openCohortRegister").click();
        waitFor(() -> window.table("cohortRegister").target().getRowCount() == 3);
        assertThat(window.table("cohortRegister").target().getColumnName(0)).matches("Wk 1 \\d{1,2} [A-Z][a-z]{2}");
        assertThat(window.table("cohortRegisterNames").contents()[0][0]).isEqualTo("Testy Example (P-000012)");
        assertThat(window.table("cohortRegister").contents()[0]).startsWith("Present", "Late", "Cancelled", "Absent", "Paper", "");
        assertThat(window.table("cohortRegister").contents()[2]).startsWith("Absent", "Absent", "Cancelled", "Absent", "Not marked", "");
        assertThat(window.table("cohortRegisterRates").contents()[0][0]).isEqualTo("75% (3 of 4)");
        shot("layout-cohort-register");

        window.list("navigation").clickItem("Alerts");
        waitFor(() -> window.table("alerts").target().getRowCount() == 2);
        window.label("alertCount").requireText("2 alerts, 1 not yet acknowledged.");
        assertThat(window.table("alerts").contents()[0][0]).isEqualTo("Needs action");
        window.table("alerts").cell(org.assertj.swing.data.TableCell.row(1).column(0)).click();
        waitFor(() -> window.label("alertAcknowledgement").text().contains("Spoke to her key worker"));
        window.table("alerts").cell(org.assertj.swing.data.TableCell.row(0).column(0)).click();
        shot("layout-alerts");

        window.list("navigation").clickItem("My kiosk PIN");
        window.textBox("newPin").enterText("12a4");
        window.button("setPin").click();
        waitFor(() -> message("kioskPinScreenStatus").equals("Choose a PIN of 4 to 8 digits."));
        shot("layout-kiosk-pin");
    }

    @Test
    void anAdministratorSeesTheCatalogueAccountsAndKiosks() {
        open(Role.ADMIN);
        assertThat(window.list("navigation").contents()).containsExactly("Today", "Programmes", "Staff accounts", "Kiosks",
                "Venues", "Import", "Data protection");
    }

    private String message(String banner) {
        return GuiActionRunner.execute(() -> ((StatusBanner) window.label(banner).target()).message());
    }

    private void shot(String name) throws Exception {
        Screens.screenshot(window.target(), name);
    }
}
