package uk.dap.kiosk.kiosk;

import java.awt.Dimension;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.UIManager;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.api.attendance.RosterPerson;

/**
 * One person on the roster: first name and initial, large. Someone already signed in shows it under their name and
 * cannot be chosen again. The words are labels inside the button, so that an Urdu "signed in" and a Latin name each
 * get a font that can show them.
 */
final class PersonButton extends JButton {
    private final RosterPerson person;
    private final JLabel name;
    private final JLabel state;

    PersonButton(RosterPerson person, KioskText text, Runnable pick) {
        this.person = person;
        setName("person-" + person.key().replace('/', '-'));
        setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
        setBorder(BorderFactory.createCompoundBorder(getBorder(), BorderFactory.createEmptyBorder(14, 16, 14, 16)));
        name = Ui.label("personName-" + person.key().replace('/', '-'), person.displayName(), 1.3f, Font.BOLD);
        String signedIn = text.get("roster.signedIn");
        state = Ui.label("personState-" + person.key().replace('/', '-'), "✓ " + signedIn, 0.75f, Font.PLAIN);
        if (Theme.fontFor(state.getText(), 0.75f, Font.PLAIN).canDisplayUpTo(state.getText()) != -1) {
            state.setText(signedIn); // the script font has no tick
            state.setFont(Theme.fontFor(signedIn, 0.75f, Font.PLAIN));
        }
        add(name);
        add(state);
        addActionListener(e -> pick.run());
        Ui.enterPresses(this);
        signedIn(person.signedIn(), text);
    }

    RosterPerson person() {
        return person;
    }

    void signedIn(boolean signedIn, KioskText text) {
        setEnabled(!signedIn);
        state.setVisible(signedIn);
        java.awt.Color colour = UIManager.getColor(signedIn ? "Label.disabledForeground" : "Label.foreground");
        name.setForeground(colour);
        state.setForeground(colour);
        getAccessibleContext().setAccessibleName(signedIn
                ? person.displayName() + ", " + text.get("roster.signedIn") : person.displayName());
    }

    @Override
    public Dimension getPreferredSize() {
        Dimension size = super.getPreferredSize();
        return new Dimension(Math.max(size.width, 300), Math.max(size.height, 110));
    }
}
