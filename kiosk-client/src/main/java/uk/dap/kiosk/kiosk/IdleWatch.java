package uk.dap.kiosk.kiosk;

import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.time.Duration;
import javax.swing.Timer;

/**
 * Privacy on a shared screen: when nobody has touched the kiosk (mouse, touch or keyboard) for the idle time while a
 * screen with names is showing, it runs the reset (back to the welcome screen, which shows no names).
 */
final class IdleWatch {
    private final long idleNanos;
    private final Runnable onIdle;
    private final AWTEventListener activity = event -> touched();
    private final Timer timer;
    private volatile long lastActivity = System.nanoTime();
    private boolean armed;

    IdleWatch(Duration idle, Runnable onIdle) {
        this.idleNanos = idle.toNanos();
        this.onIdle = onIdle;
        int tick = (int) Math.max(100, Math.min(1000, idle.toMillis() / 4));
        this.timer = new Timer(tick, e -> check());
    }

    void start() {
        Toolkit.getDefaultToolkit().addAWTEventListener(activity,
                AWTEvent.KEY_EVENT_MASK | AWTEvent.MOUSE_EVENT_MASK | AWTEvent.MOUSE_MOTION_EVENT_MASK | AWTEvent.MOUSE_WHEEL_EVENT_MASK);
        timer.start();
    }

    void stop() {
        timer.stop();
        Toolkit.getDefaultToolkit().removeAWTEventListener(activity);
    }

    /** Arms the watch (a screen with names, or a staff screen, is showing) or disarms it (the welcome screen). */
    void armed(boolean armed) {
        this.armed = armed;
        touched();
    }

    private void touched() {
        lastActivity = System.nanoTime();
    }

    private void check() {
        if (armed && System.nanoTime() - lastActivity > idleNanos) {
            armed = false;
            onIdle.run();
        }
    }
}
