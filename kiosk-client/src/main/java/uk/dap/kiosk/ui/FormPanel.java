package uk.dap.kiosk.ui;

import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;

/**
 * A form laid out as label | field rows. Every field gets a name (for tests), an accessible name (for screen readers)
 * and a label bound to it with {@code setLabelFor}, so Alt+mnemonic and assistive technology both find it.
 */
public class FormPanel extends JPanel {
    private int row;

    public FormPanel() {
        super(new GridBagLayout());
    }

    public JLabel heading(String text) {
        JLabel heading = new JLabel(text);
        heading.setFont(Theme.scaled(1.1f, Font.BOLD));
        GridBagConstraints c = cell(0, 2);
        c.insets = new Insets(row == 0 ? 2 : 12, 4, 4, 4);
        add(heading, c);
        row++;
        return heading;
    }

    public <C extends JComponent> C field(String label, String name, C field) {
        return field(label, name, field, 0);
    }

    /** A labelled field; {@code mnemonic} (a KeyEvent.VK_ code, 0 for none) focuses it with Alt+key. */
    public <C extends JComponent> C field(String label, String name, C field, int mnemonic) {
        return field(label, name, field, field instanceof JTextArea area ? areaScroll(area) : field, mnemonic);
    }

    /** A text area keeps its rows' height in a grid bag, rather than collapsing to one line. */
    private static JScrollPane areaScroll(JTextArea area) {
        JScrollPane scroll = new JScrollPane(area);
        java.awt.Dimension size = area.getPreferredSize();
        java.awt.Insets insets = scroll.getInsets();
        java.awt.Dimension wanted = new java.awt.Dimension(size.width, size.height + insets.top + insets.bottom + 2);
        scroll.setMinimumSize(new java.awt.Dimension(80, wanted.height));
        scroll.setPreferredSize(wanted);
        return scroll;
    }

    /** A labelled field laid out inside {@code shown} (e.g. with a button beside it); the label still names the field. */
    public <C extends JComponent> C field(String label, String name, C field, JComponent shown, int mnemonic) {
        JLabel text = labelFor(label, name, field, mnemonic);
        GridBagConstraints l = cell(0, 1);
        l.weightx = 0;
        l.anchor = field instanceof JTextArea ? GridBagConstraints.NORTHWEST : GridBagConstraints.WEST;
        add(text, l);
        GridBagConstraints f = cell(1, 1);
        f.weightx = 1;
        add(shown, f);
        row++;
        return field;
    }

    /** The label that names the field (and names it for screen readers), with its mnemonic when there is one. */
    private static JLabel labelFor(String label, String name, JComponent field, int mnemonic) {
        JLabel text = new JLabel(label);
        text.setLabelFor(field);
        if (mnemonic != 0) {
            text.setDisplayedMnemonic(mnemonic);
        }
        name(field, name, label);
        return text;
    }

    /** Shows or hides a field added here, with its label; a hidden row takes no room. */
    public void showField(JComponent field, boolean visible) {
        for (java.awt.Component c : getComponents()) {
            if (c instanceof JLabel label && label.getLabelFor() == field || c == field || javax.swing.SwingUtilities.isDescendingFrom(field, c)) {
                c.setVisible(visible);
            }
        }
        field.setVisible(visible);
        revalidate();
    }

    /** A read-only value shown beside its label, e.g. on a record; the label names the value for screen readers. */
    public JLabel value(String label, String name) {
        JLabel value = new JLabel(" ");
        value.setFocusable(false);
        JLabel text = new JLabel(label);
        text.setFont(text.getFont().deriveFont(Font.BOLD));
        text.setLabelFor(value);
        value.setName(name);
        value.getAccessibleContext().setAccessibleName(label);
        GridBagConstraints l = cell(0, 1);
        l.weightx = 0;
        l.anchor = GridBagConstraints.NORTHWEST;
        add(text, l);
        GridBagConstraints f = cell(1, 1);
        f.weightx = 1;
        add(value, f);
        row++;
        return value;
    }

    /**
     * A labelled field with its label above it, across the whole form: for a choice whose items are long (a cohort, a
     * referral), which would be cut short beside a label at 1024 pixels with larger text.
     */
    public <C extends JComponent> C stacked(String label, String name, C field, JComponent shown, int mnemonic) {
        wide(labelFor(label, name, field, mnemonic));
        wide(shown);
        return field;
    }

    public <C extends JComponent> C wide(C component) {
        add(component, cell(0, 2));
        row++;
        return component;
    }

    /** Pushes the rows to the top when the form is taller than its content. */
    public void end() {
        GridBagConstraints c = cell(0, 2);
        c.weighty = 1;
        add(new JLabel(), c);
        row++;
    }

    public static <C extends JComponent> C name(C component, String name, String accessibleName) {
        component.setName(name);
        component.getAccessibleContext().setAccessibleName(accessibleName);
        return component;
    }

    private GridBagConstraints cell(int x, int width) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = row;
        c.gridwidth = width;
        c.insets = new Insets(4, 4, 4, 4);
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.WEST;
        return c;
    }
}
