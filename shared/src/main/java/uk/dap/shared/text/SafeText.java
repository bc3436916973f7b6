package uk.dap.shared.text;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

/**
 * Which characters text sent to the service may hold (issue 18, item 6). Refused everywhere: control characters (NUL,
 * escape sequences), the bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069: an override makes a name
 * read backwards on every screen that shows it) and half a surrogate pair (which the database would store as "?").
 * Single-line text (names, labels, rooms, code words: every text field unless it says otherwise) also refuses line
 * breaks and tabs, which would break a list, a register or an export's row. Multi-line text (notes, reasons, an
 * address) keeps newline and tab: its field is marked {@code @JsonbTypeDeserializer(SafeText.MultiLine.class)}.
 * Refused, never cleaned: a value is never silently changed into another.
 */
public final class SafeText {
    private SafeText() {
    }

    /** Why the text cannot be taken, as a sentence; null when it can. */
    public static String refusal(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\t') {
                if (!multiLine) {
                    return "Keep this to one line, without line breaks or tabs.";
                }
            } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                    || Character.isSurrogate(c)) {
                return String.format("Remove the character U+%04X from this text: it cannot be shown safely.", (int) c);
            }
        }
        return null;
    }

    /** Reads a JSON string under the rule above; null stays null, anything but a string is refused. */
    public static String read(JsonParser parser, boolean multiLine) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new RefusedValue("Give text, in quotes.");
        }
        String text = ((JsonString) value).getString();
        String refusal = refusal(text, multiLine);
        if (refusal != null) {
            throw new RefusedValue(refusal);
        }
        return text;
    }

    /** The reader for a multi-line field. */
    public static final class MultiLine implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, true);
        }
    }

    /** The reader for every other text field (registered for all strings by the server's JSON-B). */
    public static final class SingleLine implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return read(parser, false);
        }
    }
}
