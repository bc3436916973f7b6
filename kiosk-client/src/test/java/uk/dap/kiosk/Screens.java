package uk.dap.kiosk;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javax.swing.JFrame;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.image.ScreenshotTaker;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/** Small helpers for GUI tests: wait for what a user would wait for, and keep a picture of it. */
final class Screens {
    private Screens() {
    }

    static void waitFor(String description, Supplier<Boolean> check, int seconds) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(check::get);
            }
        }, Timeout.timeout(seconds * 1000L));
    }

    static String screenName(java.awt.Frame frame) {
        Container content = ((JFrame) frame).getContentPane();
        return content.getName();
    }

    static void screenshot(Component component, String name) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.deleteIfExists(file);
        new ScreenshotTaker().saveComponentAsPng(component, file.toString());
    }
}
