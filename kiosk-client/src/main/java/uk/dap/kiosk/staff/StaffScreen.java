package uk.dap.kiosk.staff;

import java.awt.BorderLayout;
import java.awt.Font;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingWorker;
import uk.dap.kiosk.ui.StatusBanner;
import uk.dap.kiosk.ui.Theme;
import uk.dap.shared.client.ApiException;
import uk.dap.shared.client.ServerUnreachableException;

/**
 * One staff screen: a title, the content, and at the foot a progress bar and a status banner. {@link #call} runs
 * server work off the event thread, shows progress while it runs and the server's own words when it says no.
 */
abstract class StaffScreen extends JPanel {
    protected final StaffContext context;
    protected final StatusBanner status;
    private final JProgressBar progress = new JProgressBar();
    private int running;

    StaffScreen(StaffContext context, String name, String title) {
        super(new BorderLayout(8, 8));
        this.context = context;
        setName(name);
        setBorder(BorderFactory.createEmptyBorder(4, 8, 8, 8));
        JLabel heading = new JLabel(title);
        heading.setName(name + "Title");
        heading.setFont(Theme.scaled(1.3f, Font.BOLD));
        add(heading, BorderLayout.NORTH);
        status = new StatusBanner(name + "Status", 640);
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setName(name + "Progress");
        progress.getAccessibleContext().setAccessibleName("Working");
        JPanel foot = new JPanel(new BorderLayout(4, 4));
        foot.add(progress, BorderLayout.NORTH);
        foot.add(status, BorderLayout.CENTER);
        add(foot, BorderLayout.SOUTH);
    }

    protected void content(JComponent content) {
        add(content, BorderLayout.CENTER);
    }

    /** Called each time the screen is shown; screens load what they list here. */
    void shown() {
    }

    /** True while server work runs, for tests and for screens that refuse a second click. */
    boolean busy() {
        return running > 0;
    }

    /**
     * Runs {@code work} off the event thread with {@code doing} in the banner and the progress bar showing; then
     * {@code done} on the event thread with the answer. A refusal or a lost connection shows in the banner instead.
     */
    protected <T> void call(String doing, Supplier<T> work, Consumer<T> done) {
        call(doing, work, done, () -> { });
    }

    /** As {@link #call(String, Supplier, Consumer)}, with {@code after} run first whether the work succeeded or not. */
    protected <T> void call(String doing, Supplier<T> work, Consumer<T> done, Runnable after) {
        running++;
        progress.setVisible(true);
        progress.getAccessibleContext().setAccessibleName(doing);
        status.show(StatusBanner.Kind.INFO, doing);
        new SwingWorker<T, Void>() {
            @Override
            protected T doInBackground() {
                return work.get();
            }

            @Override
            protected void done() {
                running--;
                progress.setVisible(running > 0);
                after.run();
                try {
                    T answer = get();
                    if (doing.equals(status.message())) {
                        // Clear only our own "working" note: a message shown since (a success, a problem) stays.
                        status.show(StatusBanner.Kind.INFO, " ");
                    }
                    done.accept(answer);
                } catch (ExecutionException e) {
                    problem(describe(e.getCause()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    problem(e.getMessage() == null ? "Something went wrong. Try again." : e.getMessage());
                }
            }
        }.execute();
    }

    protected void ok(String message) {
        status.show(StatusBanner.Kind.OK, message);
    }

    protected void problem(String message) {
        status.show(StatusBanner.Kind.PROBLEM, message);
    }

    /** Runs a form's action, turning a field the user got wrong into a message rather than a crash. */
    protected void validated(Runnable action) {
        try {
            action.run();
        } catch (IllegalArgumentException e) {
            problem(e.getMessage());
        }
    }

    private static String describe(Throwable failure) {
        if (failure instanceof ServerUnreachableException) {
            return "Cannot reach the server. Check the network and try again, or ask whoever runs the service.";
        }
        if (failure instanceof ApiException api) {
            return api.getMessage();
        }
        if (failure instanceof IllegalArgumentException told) {
            return told.getMessage();
        }
        return "Something went wrong. Try again.";
    }
}
