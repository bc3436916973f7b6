package uk.dap.kiosk.staff;

import java.awt.Component;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import uk.dap.shared.client.Download;

/**
 * Saves a file the server produced where the user chooses, suggesting the server's own file name. The last folder used
 * is remembered for the rest of the session, so that a lead saving three formats chooses the folder once.
 */
final class FileSaver {
    private static File lastFolder;

    private FileSaver() {
    }

    /** Asks where to save {@code file} (titled {@code what}); returns where it went, or null when the user cancelled. */
    static Path save(Component parent, Download file, String fallbackName, String what) throws IOException {
        JFileChooser chooser = new JFileChooser(lastFolder);
        chooser.setName("saveFileChooser");
        chooser.setDialogTitle("Save " + what);
        chooser.getAccessibleContext().setAccessibleName("Save " + what);
        chooser.getAccessibleContext().setAccessibleDescription("Choose the folder and file name for the " + what);
        chooser.setSelectedFile(new File(chooser.getCurrentDirectory(), file.safeFileName(fallbackName)));
        while (true) {
            if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
                return null;
            }
            Path target = chooser.getSelectedFile().toPath();
            if (Files.exists(target) && JOptionPane.showConfirmDialog(parent, target.getFileName() + " already exists. Replace it?",
                    "Replace the file?", JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE) != JOptionPane.YES_OPTION) {
                continue;
            }
            Files.write(target, file.bytes());
            lastFolder = target.getParent() == null ? null : target.getParent().toFile();
            return target;
        }
    }
}
