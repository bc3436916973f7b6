package uk.dap.kiosk.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every text the kiosk shows in English is in each of its other languages' own file, so none falls back to English. */
class KioskTextBundlesTest {
    @Test
    void everyLanguageHasEveryText() throws IOException {
        Properties english = load("KioskText.properties");
        for (String file : new String[] {"KioskText_pl.properties", "KioskText_ur.properties"}) {
            Properties other = load(file);
            assertThat(other.stringPropertyNames()).as(file).containsAll(english.stringPropertyNames());
        }
    }

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (Reader in = new InputStreamReader(KioskText.class.getResourceAsStream(file), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        return texts;
    }
}
