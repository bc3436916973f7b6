package uk.dap.kiosk.kiosk;

import java.awt.BorderLayout;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JPanel;

/** "Thank you" after a questionnaire: no name, no answers, no way back; the kiosk returns to the roster by itself. */
public class QuestionnaireDoneScreen extends JPanel {
    public QuestionnaireDoneScreen(KioskText text) {
        super(new BorderLayout());
        setName("questionnaireDoneScreen");
        JPanel centre = new JPanel();
        centre.setLayout(new BoxLayout(centre, BoxLayout.Y_AXIS));
        centre.setBorder(BorderFactory.createEmptyBorder(160, 40, 40, 40));
        centre.add(Ui.label("questionnaireThanks", text.get("questionnaire.thanks"), 2f, Font.BOLD));
        add(centre, BorderLayout.CENTER);
        getAccessibleContext().setAccessibleName(text.get("questionnaire.thanks"));
        applyComponentOrientation(text.orientation());
    }
}
