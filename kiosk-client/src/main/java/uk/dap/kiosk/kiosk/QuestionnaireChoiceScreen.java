package uk.dap.kiosk.kiosk;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import uk.dap.kiosk.ui.StatusBanner;

/**
 * Staff only (reached from the staff menu, behind the PIN), in English: the questionnaires due today for people who
 * have signed in, one button each ("Alpha E.: How I feel about myself"). Choosing one hands the kiosk to that person.
 */
public class QuestionnaireChoiceScreen extends JPanel {
    /** A questionnaire due for someone signed in: the roster's short name, never more. */
    public record Offer(Long enrolmentId, Long childId, String displayName, String language, String instrument, String title) {
    }

    private final JPanel list = new JPanel(new GridLayout(0, 1, 10, 10));
    private final StatusBanner status = new StatusBanner("questionnaireChoiceStatus", 700);
    private final Consumer<Offer> choose;
    private final JButton back;

    public QuestionnaireChoiceScreen(Consumer<Offer> choose, Runnable onBack) {
        super(new BorderLayout());
        this.choose = choose;
        setName("questionnaireChoiceScreen");
        JLabel title = Ui.label("questionnaireChoiceTitle", "Start a questionnaire", 1.6f, Font.BOLD);
        title.setBorder(BorderFactory.createEmptyBorder(30, 20, 10, 20));
        JPanel top = new JPanel(new BorderLayout());
        top.add(title, BorderLayout.NORTH);
        top.add(Ui.label("questionnaireChoiceHint", "Choose the person and questionnaire, then hand the kiosk to them.", 0.8f, Font.PLAIN),
                BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        JPanel holder = new JPanel(new BorderLayout());
        holder.setBorder(BorderFactory.createEmptyBorder(20, 80, 20, 80));
        holder.add(list, BorderLayout.NORTH);
        holder.add(status, BorderLayout.SOUTH);
        JScrollPane scroll = new JScrollPane(holder);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        add(scroll, BorderLayout.CENTER);
        back = Ui.button("questionnaireChoiceBack", "Back", 0.9f, onBack);
        JPanel bottom = new JPanel(new FlowLayout(FlowLayout.LEADING, 30, 12));
        bottom.add(back);
        add(bottom, BorderLayout.SOUTH);
        status.show(StatusBanner.Kind.INFO, "Finding what is due…");
    }

    void offers(List<Offer> offers, String note) {
        list.removeAll();
        for (Offer offer : offers) {
            list.add(Ui.button("due-" + offer.enrolmentId() + (offer.childId() == null ? "" : "-" + offer.childId()) + "-" + offer.instrument(), offer.displayName() + ": " + offer.title(), 1.0f,
                    () -> choose.accept(offer)));
        }
        if (offers.isEmpty()) {
            status.show(StatusBanner.Kind.INFO, "Nothing is due for the people signed in today.");
        } else if (note != null) {
            status.show(StatusBanner.Kind.INFO, note);
        } else {
            status.show(StatusBanner.Kind.INFO, " ");
        }
        list.revalidate();
        list.repaint();
    }

    void problem(String message) {
        status.show(StatusBanner.Kind.PROBLEM, message);
    }

    @Override
    public boolean requestFocusInWindow() {
        return list.getComponentCount() > 0 ? list.getComponent(0).requestFocusInWindow() : back.requestFocusInWindow();
    }
}
