package uk.dap.kiosk.kiosk;

import static uk.dap.kiosk.ui.Html.escape;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.UIManager;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.evaluation.ItemAnswer;
import uk.dap.shared.api.evaluation.KioskQuestionnaire;

/**
 * A questionnaire as the participant answers it, in their language: an introduction, then one question per page with
 * a large button per answer and "Question 3 of 10" above a progress bar, a button to skip the question and one to go
 * back; after the last question, how many were answered and "Send my answers". Choosing an answer moves on.
 *
 * <p>The answers live only in this screen until they are sent; {@link #clear()} forgets them and empties the screen,
 * and the flow calls it as soon as the answers are handed over (or the kiosk resets when idle), so nothing of them can
 * be seen or reached again on the kiosk.
 */
public class QuestionnaireScreen extends JPanel {
    /** Where question text wraps, in pixels. */
    private static final int WRAP = 900;
    private final KioskText text;
    private final KioskQuestionnaire questionnaire;
    private final Consumer<List<ItemAnswer>> onSubmit;
    private Integer[] answers;
    /** -1 the introduction, 0..n-1 a question, n the page that sends. */
    private int page = -1;
    private JButton focus;
    private JLabel problem;
    private JButton submit;

    public QuestionnaireScreen(KioskText text, KioskQuestionnaire questionnaire, Consumer<List<ItemAnswer>> onSubmit) {
        super(new BorderLayout());
        this.text = text;
        this.questionnaire = questionnaire;
        this.onSubmit = onSubmit;
        this.answers = new Integer[questionnaire.questions().size()];
        setName("questionnaireScreen");
        show(-1);
    }

    private int count() {
        return questionnaire.questions().size();
    }

    private void show(int next) {
        page = next;
        removeAll();
        JLabel title = Ui.label("questionnaireTitle", questionnaire.title(), 1.0f, Font.BOLD);
        title.setBorder(BorderFactory.createEmptyBorder(24, 30, 8, 30));
        JPanel top = new JPanel();
        top.setLayout(new BoxLayout(top, BoxLayout.Y_AXIS));
        top.add(title);
        JPanel centre = new JPanel();
        centre.setLayout(new BoxLayout(centre, BoxLayout.Y_AXIS));
        centre.setBorder(BorderFactory.createEmptyBorder(20, 60, 20, 60));
        JPanel bottom = new JPanel(new FlowLayout(FlowLayout.CENTER, 30, 20));
        if (page < 0) {
            centre.add(wrapped("questionnaireIntro", questionnaire.intro(), 1.3f));
            centre.add(Box.createVerticalStrut(40));
            focus = big("questionnaireStart", text.get("questionnaire.start"), () -> show(0));
            centre.add(focus);
        } else if (page < count()) {
            top.add(progress());
            KioskQuestionnaire.Question question = questionnaire.questions().get(page);
            centre.add(wrapped("questionText", question.text(), questionnaire.forChildren() ? 2.0f : 1.6f));
            centre.add(Box.createVerticalStrut(30));
            centre.add(questionnaire.forChildren() ? faces() : choices());
            JButton back = Ui.button("questionBack", text.get("questionnaire.back"), 0.9f, () -> show(page - 1));
            JButton skip = Ui.button("questionSkip", text.get("questionnaire.skip"), 0.9f, () -> {
                answers[page] = null;
                show(page + 1);
            });
            bottom.add(back);
            bottom.add(skip);
        } else {
            top.add(progress());
            long answered = Arrays.stream(answers).filter(a -> a != null).count();
            centre.add(Ui.label("questionnaireReview", text.format("questionnaire.review", answered, count()), 1.4f, Font.BOLD));
            centre.add(Box.createVerticalStrut(20));
            centre.add(wrapped("questionnaireSubmitHint", text.get("questionnaire.submitHint"), 1.0f));
            centre.add(Box.createVerticalStrut(30));
            submit = big("questionnaireSubmit", text.get("questionnaire.submit"), this::submit);
            focus = submit;
            centre.add(submit);
            problem = Ui.label("questionnaireProblem", " ", 1f, Font.BOLD);
            centre.add(problem);
            bottom.add(Ui.button("questionBack", text.get("questionnaire.back"), 0.9f, () -> show(count() - 1)));
        }
        add(top, BorderLayout.NORTH);
        add(centre, BorderLayout.CENTER);
        add(bottom, BorderLayout.SOUTH);
        getAccessibleContext().setAccessibleName(questionnaire.title());
        applyComponentOrientation(text.orientation());
        revalidate();
        repaint();
        if (focus != null) {
            javax.swing.SwingUtilities.invokeLater(() -> {
                if (focus != null) {
                    focus.requestFocusInWindow();
                }
            });
        }
    }

    /** "Question 3 of 10" and a bar; on the sending page the bar is full. */
    private JComponent progress() {
        JPanel panel = new JPanel();
        panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
        int shown = Math.min(page + 1, count());
        JLabel label = Ui.label("questionProgress", text.format("questionnaire.progress", shown, count()), 1.0f, Font.PLAIN);
        JProgressBar bar = new JProgressBar(0, count());
        bar.setName("questionProgressBar");
        bar.setValue(page >= count() ? count() : page);
        bar.getAccessibleContext().setAccessibleName(label.getText());
        bar.setMaximumSize(new Dimension(900, 16));
        bar.setPreferredSize(new Dimension(600, 16));
        panel.add(label);
        panel.add(Box.createVerticalStrut(6));
        panel.add(bar);
        return panel;
    }

    /** One large button per answer; the one chosen before (when going back) is marked. */
    private JComponent choices() {
        List<KioskQuestionnaire.Choice> choices = questionnaire.choices();
        boolean numbers = choices.size() > 5;
        JPanel grid = new JPanel(numbers ? new GridLayout(1, 0, 10, 10) : new GridLayout(0, 1, 12, 12));
        grid.setName("questionChoices");
        focus = null;
        Integer chosen = answers[page];
        for (KioskQuestionnaire.Choice choice : choices) {
            JButton button = big("choice-" + choice.value(), choice.label(), () -> {
                answers[page] = choice.value();
                show(page + 1);
            });
            if (numbers) {
                // Ten in a row: narrow margins so that "10" fits, and square-ish rather than stretched tall.
                button.setMargin(new java.awt.Insets(24, 4, 24, 4));
            }
            markIfChosen(button, choice, chosen);
            grid.add(button);
        }
        JPanel holder = new JPanel(new BorderLayout(16, 8));
        holder.add(grid, BorderLayout.CENTER);
        if (questionnaire.lowAnchor() != null && questionnaire.highAnchor() != null) {
            JPanel anchors = new JPanel(new BorderLayout());
            anchors.add(Ui.label("anchorLow", questionnaire.lowAnchor(), 0.8f, Font.PLAIN), BorderLayout.LINE_START);
            anchors.add(Ui.label("anchorHigh", questionnaire.highAnchor(), 0.8f, Font.PLAIN), BorderLayout.LINE_END);
            holder.add(anchors, BorderLayout.SOUTH);
        }
        holder.setMaximumSize(new Dimension(numbers ? 1100 : 700, holder.getPreferredSize().height));
        holder.setAlignmentX(CENTER_ALIGNMENT);
        return holder;
    }

    /**
     * A children's questionnaire: a row of large faces, each with its words under it (read aloud by a screen reader as
     * the button's name), from the saddest to the happiest.
     */
    private JComponent faces() {
        JPanel row = new JPanel(new GridLayout(1, 0, 14, 0));
        row.setName("questionChoices");
        focus = null;
        Integer chosen = answers[page];
        for (KioskQuestionnaire.Choice choice : questionnaire.choices()) {
            JButton button = Ui.button("choice-" + choice.value(), choice.label(), 1.1f, () -> {
                answers[page] = choice.value();
                show(page + 1);
            });
            button.setIcon(new FaceIcon(choice.face(), 120));
            button.setVerticalTextPosition(javax.swing.SwingConstants.BOTTOM);
            button.setHorizontalTextPosition(javax.swing.SwingConstants.CENTER);
            button.setMargin(new java.awt.Insets(12, 8, 12, 8));
            markIfChosen(button, choice, chosen);
            row.add(button);
        }
        row.setMaximumSize(new Dimension(1150, row.getPreferredSize().height));
        row.setAlignmentX(CENTER_ALIGNMENT);
        return row;
    }

    /** The answer chosen before (when going back) is framed and takes the focus; otherwise the first answer does. */
    private void markIfChosen(JButton button, KioskQuestionnaire.Choice choice, Integer chosen) {
        if (chosen != null && chosen == choice.value()) {
            button.setBorder(BorderFactory.createLineBorder(UIManager.getColor("Component.focusColor") == null
                    ? Color.BLUE : UIManager.getColor("Component.focusColor"), 4));
            focus = button;
        }
        if (focus == null) {
            focus = button;
        }
    }

    private static JButton big(String name, String label, Runnable action) {
        JButton button = Ui.button(name, label, 1.3f, action);
        button.setMargin(new java.awt.Insets(14, 24, 14, 24));
        return button;
    }

    /** Words that wrap, centred: HTML in a label, escaped, in a font that can show them (Urdu needs its own). */
    private static JLabel wrapped(String name, String words, float factor) {
        JLabel label = Ui.named(new JLabel("<html><div style='text-align:center; width:" + WRAP + "px'>" + escape(words) + "</div></html>",
                javax.swing.SwingConstants.CENTER), name, words);
        label.setFont(Theme.fontFor(words, factor, Font.PLAIN));
        label.setAlignmentX(CENTER_ALIGNMENT);
        return label;
    }


    private void submit() {
        if (answers == null) {
            return;
        }
        submit.setEnabled(false);
        List<ItemAnswer> given = new ArrayList<>();
        for (int i = 0; i < count(); i++) {
            given.add(new ItemAnswer(questionnaire.questions().get(i).item(), answers[i]));
        }
        onSubmit.accept(given);
    }

    /** Writing the answers failed: say so, and let the participant press Send again. */
    void failed(String message) {
        if (problem != null) {
            problem.setText(message);
            problem.setFont(Theme.fontFor(message, 1f, Font.BOLD));
        }
        if (submit != null) {
            submit.setEnabled(true);
        }
    }

    /** Forgets the answers and empties the screen: called once they are handed over, or when the kiosk resets. */
    void clear() {
        if (answers != null) {
            Arrays.fill(answers, null);
        }
        answers = null;
        focus = null;
        submit = null;
        problem = null;
        removeAll();
        revalidate();
        repaint();
    }

    int page() {
        return page;
    }

    @Override
    public boolean requestFocusInWindow() {
        return focus != null ? focus.requestFocusInWindow() : super.requestFocusInWindow();
    }
}
