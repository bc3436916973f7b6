package uk.dap.kiosk.staff;

import static uk.dap.kiosk.ui.Html.escape;

import java.awt.BorderLayout;
import java.awt.event.KeyEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import uk.dap.kiosk.ui.Choice;
import uk.dap.kiosk.ui.DateField;
import uk.dap.kiosk.ui.FormPanel;
import uk.dap.shared.api.evaluation.FollowUpDue;
import uk.dap.shared.api.evaluation.ItemAnswer;
import uk.dap.shared.api.evaluation.PaperResponse;
import uk.dap.shared.api.evaluation.ResponseView;
import uk.dap.shared.api.evaluation.Stage;
import uk.dap.shared.api.referral.ReferralSummary;
import uk.dap.shared.evaluation.InstrumentDefinition;
import uk.dap.shared.text.UkDates;

/**
 * A questionnaire the participant answered on paper, typed in by their key worker or the programme lead: whose
 * (someone placed in a group), which instrument, at which stage, when, and the answer to each item as on the paper
 * ("Skipped" when they left it blank). The server scores it and stores it marked as paper, with who entered it.
 */
class PaperQuestionnaireScreen extends StaffScreen {
    private static final String SKIPPED = "Skipped (left blank)";

    private final EnrolmentPicker person;
    private final JComboBox<Choice<InstrumentDefinition>> instrument = new JComboBox<>();
    /** The child who answered a children's questionnaire: one of the children who came to the programme with the person. */
    private final JComboBox<Choice<Long>> child = new JComboBox<>();
    private final JComboBox<Choice<Stage>> stage = new JComboBox<>();
    private final DateField answeredOn = new DateField();
    private final JPanel items = new JPanel(new BorderLayout());
    private final List<JComboBox<Choice<Integer>>> answers = new ArrayList<>();
    private final JButton save = new JButton("Save as answered on paper");
    private final javax.swing.DefaultListModel<Choice<FollowUpDue>> dueModel = new javax.swing.DefaultListModel<>();
    private final javax.swing.JList<Choice<FollowUpDue>> due = new javax.swing.JList<>(dueModel);
    private boolean loaded;

    PaperQuestionnaireScreen(StaffContext context) {
        super(context, "paperQuestionnaireScreen", "Questionnaire answered on paper");
        FormPanel form = new FormPanel();
        form.wide(new JLabel("<html>Type in a questionnaire exactly as the participant answered it on paper. It is stored marked as "
                + "paper, with your name, and scored on the server.</html>"));
        due.setVisibleRowCount(4);
        due.setSelectionMode(javax.swing.ListSelectionModel.SINGLE_SELECTION);
        due.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && due.getSelectedValue() != null) {
                chooseFollowUp(due.getSelectedValue().value());
            }
        });
        form.field("Follow-ups due", "paperFollowUps", due, new JScrollPane(due), KeyEvent.VK_F);
        // Anyone placed in a group, found as the worker knows them (their name, reference or date of birth).
        person = new EnrolmentPicker(this, "paper", r -> r.cohortId() != null && r.enrolmentId() != null, r -> {
            showPrevious();
            showChildren();
        });
        form.wide(person);
        form.field("Questionnaire", "paperInstrument", instrument, KeyEvent.VK_Q);
        form.field("Child who answered", "paperChild", child, KeyEvent.VK_C);
        child.setEnabled(false);
        form.field("Stage", "paperStage", stage, KeyEvent.VK_T);
        form.field("Answered on", "paperAnsweredOn", answeredOn, ReferralDetailPanel.flow(answeredOn), KeyEvent.VK_A);
        form.value("Already recorded", "paperPrevious").setText(" ");
        for (Stage s : Stage.values()) {
            stage.addItem(new Choice<>(s, s.label()));
        }
        answeredOn.setDate(LocalDate.now(UkDates.UK));
        instrument.addActionListener(e -> {
            showItems();
            showChildren();
        });
        FormPanel.name(save, "savePaperQuestionnaire", "Save the paper questionnaire");
        save.setMnemonic(KeyEvent.VK_S);
        save.addActionListener(e -> validated(this::save));
        JPanel wrapper = new JPanel(new BorderLayout(6, 6));
        wrapper.add(form, BorderLayout.NORTH);
        wrapper.add(items, BorderLayout.CENTER);
        wrapper.add(ReferralDetailPanel.flow(save), BorderLayout.SOUTH);
        JScrollPane scroll = new JScrollPane(wrapper);
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        content(scroll);
    }

    @Override
    void shown() {
        if (loaded) {
            return;
        }
        call("Loading questionnaires and follow-ups…", () -> new Object[] {context.api().instruments(), context.api().followUps()}, got -> {
            loaded = true;
            @SuppressWarnings("unchecked")
            List<InstrumentDefinition> definitions = (List<InstrumentDefinition>) got[0];
            instrument.removeAllItems();
            definitions.forEach(d -> instrument.addItem(new Choice<>(d, InstrumentDefinition.in(d.title(), "en"))));
            @SuppressWarnings("unchecked")
            List<FollowUpDue> followUps = (List<FollowUpDue>) got[1];
            java.util.Map<String, String> titles = new java.util.HashMap<>();
            definitions.forEach(d -> titles.put(d.code(), InstrumentDefinition.in(d.title(), "en")));
            dueModel.clear();
            followUps.forEach(f -> dueModel.addElement(new Choice<>(f, f.name() + " (" + f.reference() + "), " + f.programmeName() + ": due "
                    + UkDates.date(f.dueOn()) + ", still to do " + String.join("; ", f.instruments().stream()
                    .map(code -> titles.getOrDefault(code, code)).toList()))));
        });
    }

    /** A follow-up chosen from the list: that person, the first instrument still to do, at FOLLOW_UP. */
    private void chooseFollowUp(FollowUpDue followUp) {
        person.choose(followUp.participantId(), followUp.enrolmentId());
        for (int i = 0; i < instrument.getItemCount(); i++) {
            if (!followUp.instruments().isEmpty() && followUp.instruments().get(0).equals(instrument.getItemAt(i).value().code())) {
                instrument.setSelectedIndex(i);
            }
        }
        stage.setSelectedIndex(Stage.FOLLOW_UP.ordinal());
    }

    private void showItems() {
        items.removeAll();
        answers.clear();
        Choice<InstrumentDefinition> chosen = selected(instrument);
        if (chosen != null) {
            InstrumentDefinition definition = chosen.value();
            FormPanel form = new FormPanel();
            form.heading("Answers");
            int n = 1;
            for (InstrumentDefinition.Item item : definition.items()) {
                JComboBox<Choice<Integer>> answer = new JComboBox<>();
                answer.addItem(new Choice<>(null, SKIPPED));
                definition.scale().options().forEach(o -> answer.addItem(new Choice<>(o.value(), o.value() + "  " + o.label().get("en"))));
                String label = "<html><div style='width:380px'>" + n + ". " + escape(item.text().get("en")) + "</div></html>";
                form.field(label, "paperItem-" + item.id(), answer);
                answers.add(answer);
                n++;
            }
            items.add(form, BorderLayout.NORTH);
        }
        items.revalidate();
        items.repaint();
    }

    /**
     * A children's questionnaire is answered by each child who came with the person (DART): the children named on the
     * referral, chosen here by first name. Any other questionnaire is the person's own, and the list is empty.
     */
    private void showChildren() {
        child.removeAllItems();
        ReferralSummary who = person.selected();
        Choice<InstrumentDefinition> what = selected(instrument);
        child.setEnabled(false);
        if (who == null || what == null || !what.value().forChildren()) {
            return;
        }
        long referralId = who.id();
        long participantId = who.participantId();
        call("Looking up the children who came with them…", () -> new Object[] {context.api().referral(referralId),
                context.api().participant(participantId)}, got -> {
            ReferralSummary still = person.selected();
            Choice<InstrumentDefinition> stillWhat = selected(instrument);
            if (still == null || still.id() != referralId || stillWhat == null || !stillWhat.value().forChildren()) {
                return; // the choice changed while this was looked up: the newer lookup fills the list
            }
            child.removeAllItems();
            List<Long> family = ((uk.dap.shared.api.referral.ReferralView) got[0]).familyChildIds();
            ((uk.dap.shared.api.participant.ParticipantView) got[1]).children().stream().filter(c -> family.contains(c.id()))
                    .forEach(c -> child.addItem(new Choice<>(c.id(), c.firstName())));
            child.setEnabled(child.getItemCount() > 0);
            if (child.getItemCount() == 0) {
                problem("No children came to the programme with this person: this questionnaire is for the children of a family.");
            }
        });
    }

    private void showPrevious() {
        ReferralSummary chosen = person.selected();
        JLabel shown = (JLabel) find("paperPrevious");
        if (chosen == null || shown == null) {
            return;
        }
        long participantId = chosen.participantId();
        Long enrolment = chosen.enrolmentId();
        call("Looking up what is recorded…", () -> context.api().evaluation(participantId), summary -> {
            List<String> lines = summary.responses().stream().filter(r -> enrolment.equals(r.enrolmentId()))
                    .map(r -> r.instrument() + " " + r.stage().label().toLowerCase() + " (" + r.source().name().toLowerCase() + "): "
                            + (r.score() == null ? "no score" : r.score())).toList();
            shown.setText(lines.isEmpty() ? "Nothing yet" : "<html>" + escape(String.join("\n", lines)).replace("\n", "<br>") + "</html>");
        });
    }

    private JLabel find(String name) {
        return findIn(this, name);
    }

    private static JLabel findIn(java.awt.Container container, String name) {
        for (java.awt.Component c : container.getComponents()) {
            if (name.equals(c.getName()) && c instanceof JLabel label) {
                return label;
            }
            if (c instanceof java.awt.Container inner) {
                JLabel found = findIn(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void save() {
        ReferralSummary who = person.selected();
        Choice<InstrumentDefinition> what = selected(instrument);
        Choice<Stage> when = selected(stage);
        if (who == null || what == null || when == null) {
            problem("Choose the participant, the questionnaire and the stage.");
            return;
        }
        LocalDate on = answeredOn.date("date it was answered");
        if (on == null) {
            problem("Enter the date it was answered.");
            return;
        }
        List<ItemAnswer> given = new ArrayList<>();
        List<InstrumentDefinition.Item> definitionItems = what.value().items();
        for (int i = 0; i < definitionItems.size(); i++) {
            Choice<Integer> answer = selected(answers.get(i));
            given.add(new ItemAnswer(definitionItems.get(i).id(), answer == null ? null : answer.value()));
        }
        Choice<Long> answeredBy = selected(child);
        if (what.value().forChildren() && answeredBy == null) {
            problem("Choose the child who answered.");
            return;
        }
        PaperResponse paper = new PaperResponse(who.enrolmentId(), what.value().code(), when.value(), on, given,
                what.value().forChildren() ? answeredBy.value() : null);
        save.setEnabled(false);
        call("Saving…", () -> context.api().enterPaperQuestionnaire(paper), (ResponseView saved) -> {
            answers.forEach(a -> a.setSelectedIndex(0));
            showPrevious(); // first: its "looking up" note must not replace the confirmation
            ok("Saved as answered on paper: " + (saved.score() == null
                    ? "too many items were skipped for a score" : "score " + saved.score()) + " (" + saved.answered() + " of "
                    + saved.items() + " answered).");
        }, () -> save.setEnabled(true));
    }

    @SuppressWarnings("unchecked")
    private static <T> Choice<T> selected(JComboBox<Choice<T>> box) {
        return (Choice<T>) box.getSelectedItem();
    }
}
