package uk.dap.kiosk;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.nio.file.Path;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;

/**
 * The save and open dialogs (a modal JFileChooser) and the progress report dialog, driven through their components on the event
 * thread: under Xvfb typed keys and clicks aimed at modal dialogs go astray (see {@link ModalDialogs}).
 */
final class SaveDialogs {
    private SaveDialogs() {
    }

    /** Waits for the save dialog, keeps the suggested file name, saves into {@code folder}; returns the file. */
    static Path saveInto(Path folder) {
        JFileChooser chooser = chooser();
        return GuiActionRunner.execute(() -> {
            Path target = folder.resolve(chooser.getSelectedFile().getName());
            chooser.setCurrentDirectory(folder.toFile());
            chooser.setSelectedFile(target.toFile());
            SwingUtilities.invokeLater(chooser::approveSelection);
            return target;
        });
    }

    /** Waits for an open dialog and chooses {@code file} in it. */
    static void open(Path file) {
        JFileChooser chooser = chooser();
        GuiActionRunner.execute(() -> {
            chooser.setCurrentDirectory(file.getParent().toFile());
            chooser.setSelectedFile(file.toFile());
            SwingUtilities.invokeLater(chooser::approveSelection);
        });
    }

    private static JFileChooser chooser() {
        JFileChooser[] found = new JFileChooser[1];
        Screens.waitFor("the save dialog", () -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w instanceof JDialog d && find(d, JFileChooser.class, null) instanceof JFileChooser c) {
                    found[0] = c;
                    return true;
                }
            }
            return false;
        }, 60);
        return found[0];
    }

    /** Waits for a dialog by name. */
    static JDialog dialog(String name) {
        JDialog[] found = new JDialog[1];
        Screens.waitFor("the dialog " + name, () -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w instanceof JDialog d && name.equals(d.getName())) {
                    found[0] = d;
                    return true;
                }
            }
            return false;
        }, 30);
        return found[0];
    }

    /** The first component under {@code root} of {@code type} (and, if given, with {@code name}). */
    static Component find(Container root, Class<?> type, String name) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c) && (name == null || name.equals(c.getName()))) {
                return c;
            }
            if (c instanceof Container inner) {
                Component found = find(inner, type, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
