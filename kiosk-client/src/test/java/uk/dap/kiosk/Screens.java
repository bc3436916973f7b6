package uk.dap.kiosk;

import java.awt.Component;
import java.awt.Container;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import javax.swing.JFrame;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.image.ScreenshotTaker;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.server.testing.PayaraProcess;

/** Small helpers for GUI tests: the real server, waiting for what a user would wait for, and a picture of it. */
public final class Screens {
    private Screens() {
    }

    /** The real server from the WAR Maven built, with demo data, in target/gui-server. */
    static PayaraProcess startServer() throws Exception {
        Path dir = Path.of(System.getProperty("gui.server.dir", "target/gui-server"));
        return PayaraProcess.start(dir.resolve("payara-micro.jar"), dir.resolve("dap-server.war"), dir, Map.of("dap.demo", "true"));
    }

    static void waitFor(String description, Supplier<Boolean> check, int seconds) {
        Pause.pause(new Condition(description) {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(check::get);
            }
        }, Timeout.timeout(seconds * 1000L));
    }

    /** What a status banner says, as plain text. */
    static String message(org.assertj.swing.fixture.FrameFixture window, String bannerName) {
        return ((StatusBanner) window.label(bannerName).target()).message();
    }

    static String screenName(java.awt.Frame frame) {
        Container content = ((JFrame) frame).getContentPane();
        return content.getName();
    }

    /** A picture of the component in target/screenshots (or -Dscreenshots.dir), to look at and for docs/images. */
    public static void screenshot(Component component, String name) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.deleteIfExists(file);
        new ScreenshotTaker().saveComponentAsPng(component, file.toString());
    }
}
