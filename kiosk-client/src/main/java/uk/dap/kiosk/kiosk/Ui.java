package uk.dap.kiosk.kiosk;

import java.awt.Component;
import java.awt.Font;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import uk.dap.kiosk.ui.Theme;

/** Small builders so that every kiosk component has a name, an accessible name and a font that can show its text. */
final class Ui {
    private Ui() {
    }

    static <T extends JComponent> T named(T component, String name, String accessibleName) {
        component.setName(name);
        component.getAccessibleContext().setAccessibleName(accessibleName);
        return component;
    }

    static JLabel label(String name, String text, float factor, int style) {
        JLabel label = named(new JLabel(text, SwingConstants.CENTER), name, text);
        label.setFont(Theme.fontFor(text, factor, style));
        label.setAlignmentX(Component.CENTER_ALIGNMENT);
        return label;
    }

    static JButton button(String name, String text, float factor, Runnable action) {
        JButton button = named(new JButton(text), name, text);
        button.setFont(Theme.fontFor(text, factor, Font.PLAIN));
        button.setAlignmentX(Component.CENTER_ALIGNMENT);
        button.addActionListener(e -> action.run());
        enterPresses(button);
        return button;
    }

    /** Enter as well as Space presses a focused button: what people expect when using only a keyboard. */
    static void enterPresses(AbstractButton button) {
        button.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("pressed ENTER"), "pressed");
        button.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke("released ENTER"), "released");
    }
}
