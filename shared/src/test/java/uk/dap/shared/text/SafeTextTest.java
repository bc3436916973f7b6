package uk.dap.shared.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import org.junit.jupiter.api.Test;
import uk.dap.shared.api.NewVenue;
import uk.dap.shared.api.casework.NewCaseNote;

/** Text read as the server reads it: single-line unless the field is marked multi-line. */
class SafeTextTest {
    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(new SafeText.SingleLine()));

    @Test
    void aLineBreakOrTabInASingleLineFieldIsRefused() {
        assertThatThrownBy(() -> jsonb.fromJson("{\"name\":\"Hall\\nRoom 2\"}", NewVenue.class)).hasRootCauseInstanceOf(RefusedValue.class)
                .hasStackTraceContaining("Keep this to one line");
        assertThatThrownBy(() -> jsonb.fromJson("{\"name\":\"Hall\\tRoom 2\"}", NewVenue.class)).hasStackTraceContaining("Keep this to one line");
        assertThat(jsonb.fromJson("{\"name\":\"Hall, Room 2\"}", NewVenue.class).name()).isEqualTo("Hall, Room 2");
    }

    @Test
    void aMultiLineFieldKeepsNewlinesAndTabsButNotOtherControlCharacters() {
        NewCaseNote note = jsonb.fromJson("{\"type\":\"PHONE_CALL\",\"occurredOn\":\"2026-11-23\",\"text\":\"one\\ntwo\\tthree\"}", NewCaseNote.class);
        assertThat(note.text()).isEqualTo("one\ntwo\tthree");
        assertThatThrownBy(() -> jsonb.fromJson("{\"type\":\"PHONE_CALL\",\"occurredOn\":\"2026-11-23\",\"text\":\"one\\u001btwo\"}", NewCaseNote.class))
                .hasStackTraceContaining("U+001B");
    }

    @Test
    void everywhereOverridesIsolatesAndHalfSurrogatesAreRefusedAndWholeEmojiKept() {
        assertThat(SafeText.refusal("Ann\u202Eevil", true)).contains("U+202E");
        assertThat(SafeText.refusal("Ann\u2066x", true)).contains("U+2066");
        assertThat(SafeText.refusal("half \uD83D", true)).contains("U+D83D");
        assertThat(SafeText.refusal("caf\u00e9 \uD83D\uDE00", false)).isNull();
    }
}
