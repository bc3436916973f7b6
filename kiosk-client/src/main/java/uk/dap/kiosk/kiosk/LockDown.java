package uk.dap.kiosk.kiosk;

import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Window;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import javax.swing.Timer;

/**
 * Keeps a full-screen kiosk in front: closing the window (a window manager's close, Alt+F4) asks for a staff PIN
 * instead; Alt+F4 and the usual close and quit keys are swallowed; if another window takes the focus, the kiosk takes
 * it back. A window can do no more than this: on a real kiosk the operating system's kiosk or assigned-access mode
 * stops Alt+Tab, Ctrl+Alt+Del and the like (see docs/operations.md).
 */
final class LockDown {
    private final JFrame frame;
    private final Runnable askForPin;
    private final WindowAdapter windowWatch = new WindowAdapter() {
        @Override
        public void windowClosing(WindowEvent e) {
            askForPin.run();
        }

        @Override
        public void windowDeactivated(WindowEvent e) {
            Window opposite = e.getOppositeWindow();
            if (opposite == null || !isOurs(opposite)) {
                refocus.restart();
            }
        }

        @Override
        public void windowIconified(WindowEvent e) {
            frame.setExtendedState(JFrame.MAXIMIZED_BOTH);
            refocus.restart();
        }
    };
    private final KeyEventDispatcher keys = this::dispatch;
    private final Timer refocus;
    private boolean engaged;

    LockDown(JFrame frame, Runnable askForPin) {
        this.frame = frame;
        this.askForPin = askForPin;
        this.refocus = new Timer(300, e -> {
            if (engaged && frame.isDisplayable() && !ownWindowActive()) {
                // Back to the front: the staff dialog if one is open (never raise the kiosk over its own dialog).
                Window front = frame;
                for (Window owned : frame.getOwnedWindows()) {
                    if (owned.isShowing()) {
                        front = owned;
                    }
                }
                front.toFront();
                front.requestFocus();
            }
        });
        refocus.setRepeats(false);
    }

    void engage() {
        if (engaged) {
            return;
        }
        engaged = true;
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(windowWatch);
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(keys);
    }

    void release() {
        engaged = false;
        refocus.stop();
        frame.removeWindowListener(windowWatch);
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(keys);
    }

    private boolean dispatch(KeyEvent e) {
        if (!engaged) {
            return false;
        }
        int code = e.getKeyCode();
        boolean alt = (e.getModifiersEx() & InputEvent.ALT_DOWN_MASK) != 0;
        boolean ctrl = (e.getModifiersEx() & InputEvent.CTRL_DOWN_MASK) != 0;
        boolean closeKey = (alt && code == KeyEvent.VK_F4) || (ctrl && (code == KeyEvent.VK_W || code == KeyEvent.VK_Q));
        if (closeKey) {
            e.consume();
            java.awt.Component source = e.getComponent();
            Window window = source instanceof Window w ? w : source == null ? null : SwingUtilities.getWindowAncestor(source);
            if (e.getID() == KeyEvent.KEY_PRESSED && window == frame) {
                SwingUtilities.invokeLater(askForPin);
            }
            return true;
        }
        return false;
    }

    private boolean isOurs(Window window) {
        for (Window w = window; w != null; w = w.getOwner()) {
            if (w == frame) {
                return true;
            }
        }
        return false;
    }

    private boolean ownWindowActive() {
        Window active = KeyboardFocusManager.getCurrentKeyboardFocusManager().getActiveWindow();
        return active != null && isOurs(active);
    }
}
