package uk.dap.kiosk.staff;

import java.awt.GridLayout;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextField;
import javax.swing.table.DefaultTableModel;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.shared.api.ProgrammeSettings;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.api.evaluation.EvaluationPlanChange;
import uk.dap.shared.api.evaluation.EvaluationPlanView;
import uk.dap.shared.api.evaluation.PlanEntry;
import uk.dap.shared.api.evaluation.Stage;
import uk.dap.shared.evaluation.InstrumentDefinition;

/**
 * A lead's programme settings and evaluation plan (issue 19: both were left to the API): how long the programme runs,
 * what counts as completing it, and which questionnaires are given before, after and at follow-up, and when. The
 * server decides who may change which programme (its lead) and refuses values that contradict each other; both
 * changes carry the version read, so that two leads cannot overwrite each other unseen.
 */
class ProgrammeSettingsScreen extends StaffScreen {
    private final JComboBox<Choice<String>> programme = new JComboBox<>();
    private final JTextField lengthWeeks = new JTextField(4);
    private final JTextField sessionMinutes = new JTextField(4);
    private final JTextField minAttendance = new JTextField(4);
    private final JCheckBox finalSession = new JCheckBox("The final session must be attended");
    private final JCheckBox postQuestionnaire = new JCheckBox("The questionnaire after the programme must be answered");
    private final JTextField followUpMonths = new JTextField(4);
    private final DefaultTableModel plan = new DefaultTableModel(new Object[] {"Questionnaire", "Before", "After", "Follow-up"}, 0) {
        @Override
        public Class<?> getColumnClass(int column) {
            return column == 0 ? String.class : Boolean.class;
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column > 0;
        }
    };
    private final JTable planTable = new JTable(plan);
    private final List<String> instrumentCodes = new ArrayList<>();
    private ProgrammeView shownProgramme;
    private EvaluationPlanView shownPlan;

    ProgrammeSettingsScreen(StaffContext context) {
        super(context, "programmeSettingsScreen", "Programme settings");
        for (ProgrammeView p : context.programmes()) {
            programme.addItem(new Choice<>(p.code(), p.name()));
        }
        FormPanel form = new FormPanel();
        form.field("Programme", "settingsProgramme", programme, KeyEvent.VK_P);
        form.heading("The programme");
        form.field("Length in weeks", "settingsLengthWeeks", lengthWeeks, KeyEvent.VK_L);
        form.field("Session length in minutes", "settingsSessionMinutes", sessionMinutes, KeyEvent.VK_S);
        form.field("Attendance to complete (%)", "settingsMinAttendance", minAttendance, KeyEvent.VK_A);
        form.wide(FormPanel.name(finalSession, "settingsFinalSession", "The final session must be attended"));
        form.wide(FormPanel.name(postQuestionnaire, "settingsPostQuestionnaire", "The questionnaire after the programme must be answered"));
        form.heading("Evaluation");
        form.field("Follow-up after (months)", "settingsFollowUpMonths", followUpMonths, KeyEvent.VK_F);
        planTable.setName("settingsPlan");
        planTable.getAccessibleContext().setAccessibleName("Questionnaires given before, after and at follow-up");
        planTable.setRowHeight(planTable.getFontMetrics(planTable.getFont()).getHeight() + 8);
        planTable.getColumnModel().getColumn(0).setPreferredWidth(320);
        JLabel planLabel = ReferralDetailPanel.heading("Questionnaires: tick when each is given");
        planLabel.setLabelFor(planTable);
        form.wide(planLabel);
        JScrollPane planScroll = new JScrollPane(planTable);
        planScroll.setPreferredSize(new java.awt.Dimension(520, planTable.getRowHeight() * 7 + 30));
        form.wide(planScroll);
        JButton save = FormPanel.name(new JButton("Save the settings"), "saveSettings", "Save the programme's settings and evaluation plan");
        save.setMnemonic(KeyEvent.VK_V);
        save.addActionListener(e -> save());
        JButton reload = FormPanel.name(new JButton("Reload"), "reloadSettings", "Read the programme's settings again");
        reload.setMnemonic(KeyEvent.VK_R);
        reload.addActionListener(e -> load(null));
        form.wide(ReferralDetailPanel.flow(save, reload));
        form.wide(new JLabel("<html>Only the programme's lead may change it. Cohorts made before a change keep their schedule.</html>"));
        form.end();
        JPanel body = new JPanel(new GridLayout(1, 1));
        body.add(form);
        content(body);
        programme.addActionListener(e -> load(null));
    }

    @Override
    void shown() {
        if (!busy()) {
            load(null);
        }
    }

    @SuppressWarnings("unchecked")
    private String chosenCode() {
        Choice<String> chosen = (Choice<String>) programme.getSelectedItem();
        return chosen == null ? null : chosen.value();
    }

    private void load(String done) {
        String code = chosenCode();
        if (code == null) {
            return;
        }
        call("Loading the programme's settings…", () -> new Object[] {context.api().catalogue(), context.api().evaluationPlan(code),
                context.api().instruments()}, (Object[] answer) -> {
            @SuppressWarnings("unchecked") List<ProgrammeView> programmes = (List<ProgrammeView>) answer[0];
            @SuppressWarnings("unchecked") List<InstrumentDefinition> instruments = (List<InstrumentDefinition>) answer[2];
            shownProgramme = programmes.stream().filter(p -> p.code().equals(code)).findFirst().orElse(null);
            shownPlan = (EvaluationPlanView) answer[1];
            show(instruments);
            if (done != null) {
                ok(done);
            }
        });
    }

    private void show(List<InstrumentDefinition> instruments) {
        if (shownProgramme == null) {
            return;
        }
        lengthWeeks.setText(String.valueOf(shownProgramme.lengthWeeks()));
        sessionMinutes.setText(String.valueOf(shownProgramme.sessionMinutes()));
        minAttendance.setText(String.valueOf(shownProgramme.completionRule().minAttendancePercent()));
        finalSession.setSelected(shownProgramme.completionRule().requiresFinalSession());
        postQuestionnaire.setSelected(shownProgramme.completionRule().requiresPostQuestionnaire());
        followUpMonths.setText(String.valueOf(shownPlan.followUpMonths()));
        plan.setRowCount(0);
        instrumentCodes.clear();
        for (InstrumentDefinition i : instruments) {
            instrumentCodes.add(i.code());
            plan.addRow(new Object[] {InstrumentDefinition.in(i.title(), "en"), has(i.code(), Stage.PRE), has(i.code(), Stage.POST),
                    has(i.code(), Stage.FOLLOW_UP)});
        }
    }

    private boolean has(String instrument, Stage stage) {
        return shownPlan.entries().stream().anyMatch(e -> e.instrument().equals(instrument) && e.stage() == stage);
    }

    private void save() {
        if (shownProgramme == null || shownPlan == null) {
            problem("Choose a programme first.");
            return;
        }
        if (planTable.isEditing()) {
            planTable.getCellEditor().stopCellEditing();
        }
        Integer weeks = whole(lengthWeeks);
        Integer minutes = whole(sessionMinutes);
        Integer attendance = whole(minAttendance);
        Integer months = whole(followUpMonths);
        if (weeks == null || minutes == null || attendance == null || months == null) {
            problem("Give the length, the session length, the attendance and the follow-up as whole numbers.");
            return;
        }
        ProgrammeSettings settings = new ProgrammeSettings(weeks, minutes, attendance, finalSession.isSelected(), postQuestionnaire.isSelected(),
                shownProgramme.version(), null);
        List<PlanEntry> entries = new ArrayList<>();
        Stage[] stages = {Stage.PRE, Stage.POST, Stage.FOLLOW_UP};
        for (int row = 0; row < plan.getRowCount(); row++) {
            for (int column = 1; column <= 3; column++) {
                if (Boolean.TRUE.equals(plan.getValueAt(row, column))) {
                    entries.add(new PlanEntry(stages[column - 1], instrumentCodes.get(row)));
                }
            }
        }
        String code = shownProgramme.code();
        String name = shownProgramme.name();
        EvaluationPlanChange change = new EvaluationPlanChange(months, entries, shownPlan.version());
        call("Saving the settings…", () -> {
            context.api().changeProgrammeSettings(code, settings);
            context.api().changeEvaluationPlan(code, change);
            return name;
        }, saved -> load("Saved: " + saved + "'s settings and evaluation plan. New cohorts use them."));
    }

    private static Integer whole(JTextField field) {
        try {
            return Integer.valueOf(field.getText().trim());
        } catch (NumberFormatException notAWholeNumber) {
            return null;
        }
    }
}
