package uk.dap.kiosk.kiosk;

import java.awt.Component;
import java.awt.Font;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JDialog;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.WindowConstants;

/** Staff only, after the PIN: the kiosk's look, starting a questionnaire, the session, and leaving kiosk mode. */
final class StaffMenuDialog extends JDialog {
    enum Choice { NONE, QUESTIONNAIRE, OPEN_SESSION, END_SESSION, LEAVE }

    /** Called when staff switch the look; the dialog stays open. */
    interface Look {
        void changed(boolean highContrast, boolean largerText);
    }

    private Choice choice = Choice.NONE;

    StaffMenuDialog(JFrame owner, boolean highContrast, boolean largerText, boolean sessionOpen, Look look) {
        super(owner, "Staff menu", ModalityType.APPLICATION_MODAL);
        setName("staffMenuDialog");
        getAccessibleContext().setAccessibleName("Staff menu");
        setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
        setAlwaysOnTop(true);
        JPanel panel = new JPanel();
        panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
        panel.setBorder(BorderFactory.createEmptyBorder(20, 30, 20, 30));
        panel.add(Ui.label("staffMenuTitle", "Staff menu", 1.2f, Font.BOLD));
        panel.add(Box.createVerticalStrut(12));
        JCheckBox contrast = Ui.named(new JCheckBox("High contrast", highContrast), "highContrast", "High contrast");
        JCheckBox larger = Ui.named(new JCheckBox("Larger text", largerText), "largerText", "Larger text");
        Runnable changed = () -> {
            look.changed(contrast.isSelected(), larger.isSelected());
            // The new look has other fonts and sizes: fit the dialog to them so that nothing is cut off.
            javax.swing.SwingUtilities.updateComponentTreeUI(this);
            pack();
            setLocationRelativeTo(getOwner());
        };
        contrast.addActionListener(e -> changed.run());
        larger.addActionListener(e -> changed.run());
        for (JCheckBox box : new JCheckBox[] {contrast, larger}) {
            box.setAlignmentX(Component.CENTER_ALIGNMENT);
            panel.add(box);
        }
        panel.add(Box.createVerticalStrut(12));
        JButton questionnaire = Ui.button("startQuestionnaire", "Start a questionnaire", 0.9f, () -> close(Choice.QUESTIONNAIRE));
        questionnaire.setEnabled(sessionOpen);
        add(panel, questionnaire);
        add(panel, Ui.button("staffOpenSession", sessionOpen ? "Open another session" : "Open today's session", 0.9f,
                () -> close(Choice.OPEN_SESSION)));
        JButton end = Ui.button("endSession", "End this session on the kiosk", 0.9f, () -> close(Choice.END_SESSION));
        end.setEnabled(sessionOpen);
        add(panel, end);
        add(panel, Ui.button("leaveKiosk", "Leave kiosk mode", 0.9f, () -> close(Choice.LEAVE)));
        add(panel, Ui.button("closeStaffMenu", "Back to the kiosk", 0.9f, () -> close(Choice.NONE)));
        getRootPane().registerKeyboardAction(e -> close(Choice.NONE), javax.swing.KeyStroke.getKeyStroke("ESCAPE"),
                javax.swing.JComponent.WHEN_IN_FOCUSED_WINDOW);
        setContentPane(panel);
        pack();
        setLocationRelativeTo(owner);
    }

    private static void add(JPanel panel, JButton button) {
        button.setMaximumSize(new java.awt.Dimension(Integer.MAX_VALUE, button.getPreferredSize().height));
        panel.add(button);
        panel.add(Box.createVerticalStrut(8));
    }

    Choice choice() {
        return choice;
    }

    private void close(Choice chosen) {
        choice = chosen;
        dispose();
    }
}
