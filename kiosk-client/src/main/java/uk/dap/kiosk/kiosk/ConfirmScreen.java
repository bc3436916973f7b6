package uk.dap.kiosk.kiosk;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import uk.dap.shared.api.attendance.RosterPerson;

/** "Is this you?" with the chosen name, large, and Yes / No: in the person's own language when the kiosk has it. */
public class ConfirmScreen extends JPanel {
    private final JButton yes;
    private final JButton no;
    private final JLabel problem;

    public ConfirmScreen(KioskText text, RosterPerson person, Runnable onYes, Runnable onNo) {
        super(new BorderLayout());
        setName("confirmScreen");
        JPanel centre = new JPanel();
        centre.setLayout(new BoxLayout(centre, BoxLayout.Y_AXIS));
        centre.setBorder(BorderFactory.createEmptyBorder(110, 40, 40, 40));
        JLabel question = Ui.label("confirmQuestion", text.get("confirm.question"), 2f, Font.PLAIN);
        JLabel name = Ui.label("confirmName", person.displayName(), 3f, Font.BOLD);
        centre.add(question);
        centre.add(Box.createVerticalStrut(20));
        centre.add(name);
        centre.add(Box.createVerticalStrut(50));
        yes = Ui.button("confirmYes", text.get("confirm.yes"), 1.6f, onYes);
        no = Ui.button("confirmNo", text.get("confirm.no"), 1.6f, onNo);
        yes.setFont(yes.getFont().deriveFont(Font.BOLD));
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.CENTER, 40, 0));
        buttons.add(yes);
        buttons.add(no);
        centre.add(buttons);
        problem = Ui.label("confirmProblem", " ", 1f, Font.BOLD);
        problem.setBorder(BorderFactory.createEmptyBorder(30, 0, 0, 0));
        centre.add(problem);
        add(centre, BorderLayout.CENTER);
        getAccessibleContext().setAccessibleName(text.get("confirm.question") + " " + person.displayName());
        applyComponentOrientation(text.orientation());
    }

    /** While the sign-in is being written: no double taps. */
    void busy(boolean busy) {
        yes.setEnabled(!busy);
        no.setEnabled(!busy);
    }

    void failed(String message) {
        busy(false);
        problem.setText(message);
        problem.setFont(uk.dap.kiosk.ui.Theme.fontFor(message, 1f, Font.BOLD));
        problem.getAccessibleContext().setAccessibleName(message);
    }

    @Override
    public boolean requestFocusInWindow() {
        return yes.requestFocusInWindow();
    }
}
