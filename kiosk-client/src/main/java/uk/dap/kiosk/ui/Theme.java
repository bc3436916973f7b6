package uk.dap.kiosk.ui;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Font;
import javax.swing.UIManager;
import uk.dap.kiosk.ClientOptions;

/** FlatLaf, with large text and touch-sized controls in kiosk mode. */
public final class Theme {
    private Theme() {
    }

    public static void install(ClientOptions.Mode mode) {
        FlatLightLaf.setup();
        int size = mode == ClientOptions.Mode.KIOSK ? 24 : 14;
        UIManager.put("defaultFont", new Font(Font.SANS_SERIF, Font.PLAIN, size));
        UIManager.put("Button.arc", 12);
        UIManager.put("Component.arc", 10);
        UIManager.put("TextComponent.arc", 10);
        if (mode == ClientOptions.Mode.KIOSK) {
            UIManager.put("Button.margin", new java.awt.Insets(16, 32, 16, 32));
        }
    }

    public static Font scaled(float factor, int style) {
        Font base = UIManager.getFont("defaultFont");
        return base.deriveFont(style, base.getSize2D() * factor);
    }
}
