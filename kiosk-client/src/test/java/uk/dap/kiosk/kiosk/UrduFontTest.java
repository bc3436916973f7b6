package uk.dap.kiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import uk.dap.shared.evaluation.InstrumentDefinition;
import uk.dap.shared.evaluation.Instruments;

/**
 * Every Urdu text the kiosk shows can be drawn by the Urdu font it ships: Java does not fall back from one physical
 * font to another, so a character the font lacks (a bracket, "=") would show as a box and make the text unreadable.
 */
class UrduFontTest {
    @Test
    void everyUrduTextOnTheKioskCanBeDrawnWithTheShippedFont() throws Exception {
        Font noto;
        try (InputStream in = UrduFontTest.class.getResourceAsStream("/uk/dap/kiosk/fonts/NotoNaskhArabic-Regular.ttf")) {
            noto = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        List<String> texts = new ArrayList<>();
        for (InstrumentDefinition d : Instruments.shipped().current()) {
            add(texts, d.title());
            add(texts, d.intro());
            d.items().forEach(i -> add(texts, i.text()));
            d.scale().options().forEach(o -> add(texts, o.label()));
            add(texts, d.scale().lowAnchor());
            add(texts, d.scale().highAnchor());
        }
        ResourceBundle urdu = ResourceBundle.getBundle(KioskText.BUNDLE, new Locale("ur"));
        urdu.keySet().stream().filter(k -> k.startsWith("questionnaire.")).forEach(k -> texts.add(urdu.getString(k)));
        assertThat(texts).hasSizeGreaterThan(30);
        assertThat(texts).allSatisfy(t -> assertThat(noto.canDisplayUpTo(t.replaceAll("\\{\\d}", "1"))).as(t).isEqualTo(-1));
    }

    private static void add(List<String> texts, Map<String, String> text) {
        if (text != null) {
            texts.add(text.get("ur"));
        }
    }
}
