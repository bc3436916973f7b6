package uk.dap.kiosk;

import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.ComponentFinder;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.exception.ComponentLookupException;
import org.assertj.swing.image.ScreenshotTaker;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.server.testing.PayaraProcess;
import uk.dap.server.testing.SharedServer;

/** Small helpers for GUI tests: the real server, waiting for what a user would wait for, and a picture of it. */
public final class Screens {
    private Screens() {
    }

    private static final Path SERVER_DIR = Path.of(System.getProperty("gui.server.dir", "target/gui-server"));

    /**
     * The real server from the WAR Maven built, with demo data, in target/gui-server: one for every GUI test class that
     * leaves it running, started by the first and stopped when the run ends. Each class makes its own people and
     * cohorts under names of its own.
     */
    static PayaraProcess startServer() throws Exception {
        return shared("gui", List.of());
    }

    /**
     * The tag of the classes that stop, kill and restart their server: they run in the kiosk-client-offline module, on
     * an X display of their own, beside the other GUI classes (docs/operations.md, "Test suite").
     */
    static final String OFFLINE = "offline";

    /**
     * A second shared server, for the classes that stop it or kill it mid-test and start it again (the kiosk's offline
     * and mid-sync tests), so that a restart never pulls the server from under another class. It starts three times and
     * serves a few hundred requests in all, so it compiles with the quick compiler only ({@link PayaraProcess#BRIEF}).
     */
    static PayaraProcess restartableServer() throws Exception {
        return shared(RESTARTABLE, PayaraProcess.BRIEF);
    }

    private static final String RESTARTABLE = "gui-restarts";
    private static final Map<String, String> SETTINGS = Map.of("dap.demo", "true");

    private static PayaraProcess shared(String name, List<String> jvmOptions) throws Exception {
        return SharedServer.get(name, SERVER_DIR.resolve("payara-micro.jar"), SERVER_DIR.resolve("dap-server.war"), SERVER_DIR, SETTINGS,
                jvmOptions);
    }

    /**
     * A robot for a new window that types and moves three times as fast as AssertJ Swing's default (20 ms between the
     * events of a keystroke or a click rather than 60), and still gives the event queue its default 100 ms after each
     * action: a user's clicks and keystrokes all the same, through the real event queue, in a fraction of the time. Like a user, it waits for what it looks for: a component not showing yet (the next screen, a dialog's
     * button) is looked for again for up to {@link #LOOK_FOR} before the lookup fails, instead of failing the moment a
     * click has been sent. Typing is also checked where it matters (StaffGuiTest.type).
     */
    public static Robot robot() {
        Robot robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(20);
        ComponentFinder patient = patient(robot.finder(), robot);
        return (Robot) Proxy.newProxyInstance(Robot.class.getClassLoader(), new Class<?>[] {Robot.class},
                (proxy, method, args) -> method.getName().equals("finder") && method.getParameterCount() == 0
                        ? patient : invoke(robot, method, args));
    }

    /** How long a lookup waits for a component to show. */
    static final Duration LOOK_FOR = Duration.ofSeconds(10);

    private static ComponentFinder patient(ComponentFinder finder, Robot robot) {
        return (ComponentFinder) Proxy.newProxyInstance(ComponentFinder.class.getClassLoader(), new Class<?>[] {ComponentFinder.class},
                (proxy, method, args) -> {
                    // On the event thread nothing can change while it waits, so a lookup there fails at once as before.
                    boolean lookup = method.getName().startsWith("find") && !method.getName().equals("findAll")
                            && !SwingUtilities.isEventDispatchThread();
                    long deadline = System.nanoTime() + LOOK_FOR.toNanos();
                    while (true) {
                        try {
                            return invoke(finder, method, args);
                        } catch (ComponentLookupException notShowingYet) {
                            if (!lookup || System.nanoTime() > deadline) {
                                throw notShowingYet;
                            }
                            Thread.sleep(50);
                            robot.waitForIdle();
                        }
                    }
                });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
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

    /**
     * A picture of the component in target/screenshots (or -Dscreenshots.dir), to look at and for docs/images: the
     * component paints itself into an image on the event thread, as it paints on screen. AssertJ Swing's
     * ScreenshotTaker copies the screen instead, after {@code java.awt.Robot.waitForIdle}, which under Xvfb waited up to
     * 20 s a picture once earlier classes had opened and closed their windows (docs/operations.md, "Test suite").
     */
    public static void screenshot(Component component, String name) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.deleteIfExists(file);
        ImageIO.write(GuiActionRunner.execute(() -> painted(component)), "png", file.toFile());
    }

    /**
     * The whole X screen as it is shown, other windows included: what a component's own painting cannot show, such as
     * a window left over a button.
     */
    public static void desktopScreenshot(String name) throws Exception {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        Path file = dir.resolve(name + ".png");
        Files.deleteIfExists(file);
        new ScreenshotTaker().saveDesktopAsPng(file.toString());
    }

    private static BufferedImage painted(Component component) {
        BufferedImage image = new BufferedImage(Math.max(1, component.getWidth()), Math.max(1, component.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            component.paint(graphics);
        } finally {
            graphics.dispose();
        }
        return image;
    }
}
