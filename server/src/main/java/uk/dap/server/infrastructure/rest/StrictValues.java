package uk.dap.server.infrastructure.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * How a request body's booleans and whole numbers are read (registered in {@link StrictJson}, so every body goes
 * through them). JSON-B's defaults change a value into another without a word: {@code "yes"}, {@code 1} or
 * {@code "maybe"} became {@code false} (for a confidential address that fails open), a number too large for a long
 * wrapped round into another record's id, and {@code 1.5} places became 1. Here a boolean is JSON {@code true} or
 * {@code false} and a whole number is a JSON number with no fraction that fits; anything else is refused, and
 * {@link Problems} answers 400 naming the field with the sentence below.
 */
final class StrictValues {
    static final String BOOLEAN = "Give true or false, without quotes.";
    static final String WHOLE_NUMBER = "Give a whole number, without quotes or a fraction.";

    private StrictValues() {
    }

    /** A value refused here: its message is the sentence the 400 gives, beside the field's name (Problems). */
    static final class Refused extends JsonbException {
        Refused(String sentence) {
            super(sentence);
        }
    }

    static final class StrictBoolean implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw new Refused(BOOLEAN);
            };
        }
    }

    static final class StrictLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigInteger whole = whole(parser.getValue(), Long.MIN_VALUE, Long.MAX_VALUE);
            return whole == null ? null : whole.longValue();
        }
    }

    static final class StrictInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            BigInteger whole = whole(parser.getValue(), Integer.MIN_VALUE, Integer.MAX_VALUE);
            return whole == null ? null : whole.intValue();
        }
    }

    /**
     * Text with no character that could hide or disguise what it says on a screen or in a log: control characters
     * (NUL, escape sequences) other than newline, carriage return and tab, the bidirectional overrides and isolates
     * (U+202A-U+202E, U+2066-U+2069: "U+202E" can make a name read backwards), and half a surrogate pair (which would be
     * stored as "?"). Refused, never cleaned: a value is never silently changed into another.
     */
    static final class StrictString implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            if (value.getValueType() != JsonValue.ValueType.STRING) {
                throw new Refused(TEXT);
            }
            String text = ((jakarta.json.JsonString) value).getString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                if (refused(c)) {
                    throw new Refused(String.format("Remove the character U+%04X from this text: it cannot be shown safely.", (int) c));
                }
            }
            return text;
        }

        private static boolean refused(char c) {
            return (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || Character.isSurrogate(c);
        }
    }

    static final String TEXT = "Give text, in quotes.";

    /**
     * The value as a whole number from {@code min} to {@code max}; null for JSON null; refused when it is not a number,
     * has a fraction (1.5, 1e-3) or does not fit.
     */
    private static BigInteger whole(JsonValue value, long min, long max) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new Refused(WHOLE_NUMBER);
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            throw new Refused(WHOLE_NUMBER);
        }
        // Compared before it is expanded, so that 1e400000 is refused rather than written out in full.
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new Refused("Give a whole number from " + min + " to " + max + ".");
        }
        return number.toBigInteger();
    }
}
