package uk.dap.kiosk.staff;

import static uk.dap.kiosk.staff.CannedStaffWindow.waitFor;

import java.awt.Component;
import java.awt.Container;
import java.awt.Window;
import java.nio.file.Path;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;

/** The save dialog (FileSaver) as a user answers it, for GUI tests. */
public final class SaveDialogs {
    private SaveDialogs() {
    }

    /** Waits for the save dialog, keeps the server's suggested name (or uses {@code name}) in {@code folder}, and saves. */
    public static Path approveSave(Path folder, String name) {
        JFileChooser chooser = waitForChooser();
        return GuiActionRunner.execute(() -> {
            String file = name != null ? name : chooser.getSelectedFile().getName();
            Path target = folder.resolve(file);
            chooser.setCurrentDirectory(folder.toFile());
            chooser.setSelectedFile(target.toFile());
            // Posted, not waited for: approving closes the modal dialog. (Typed keys go astray under Xvfb.)
            SwingUtilities.invokeLater(chooser::approveSelection);
            return target;
        });
    }

    static JFileChooser waitForChooser() {
        JFileChooser[] found = new JFileChooser[1];
        waitFor(() -> {
            for (Window w : Window.getWindows()) {
                if (w.isShowing() && w instanceof JDialog d) {
                    JFileChooser c = (JFileChooser) findType(d, JFileChooser.class);
                    if (c != null) {
                        found[0] = c;
                        return true;
                    }
                }
            }
            return false;
        });
        return found[0];
    }

    static Component findType(Container root, Class<?> type) {
        for (Component c : root.getComponents()) {
            if (type.isInstance(c)) {
                return c;
            }
            if (c instanceof Container inner) {
                Component found = findType(inner, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
