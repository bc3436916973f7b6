package uk.dap.kiosk.ui;

import java.awt.Dimension;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.WindowConstants;
import uk.dap.kiosk.ClientOptions;

/** The one window; screens replace each other in it. */
public class AppFrame extends JFrame {
    public AppFrame(ClientOptions options) {
        super(options.mode() == ClientOptions.Mode.KIOSK ? "Kiosk" : "Programmes service - staff");
        setName("appFrame");
        setMinimumSize(new Dimension(900, 640));
    }

    /** Swaps in the next screen; call on the event thread. */
    public void show(JComponent screen) {
        setContentPane(screen);
        revalidate();
        repaint();
        screen.requestFocusInWindow();
    }

    public void showFor(ClientOptions options) {
        if (options.mode() == ClientOptions.Mode.KIOSK && !options.windowed()) {
            // A shared screen: no title bar to close it, full screen, closing ignored (a staff PIN comes later).
            setUndecorated(true);
            setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
            // Bounds as well as the maximised state: without a window manager (a bare kiosk X session) only bounds apply.
            setBounds(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds());
            setExtendedState(MAXIMIZED_BOTH);
            setAlwaysOnTop(true);
        } else {
            setDefaultCloseOperation(WindowConstants.EXIT_ON_CLOSE);
            setSize(1024, 700);
            setLocationRelativeTo(null);
        }
        setVisible(true);
    }
}
