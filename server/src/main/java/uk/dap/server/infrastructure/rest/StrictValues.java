package uk.dap.server.infrastructure.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;

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

    static final class StrictBoolean implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw new JsonbException(BOOLEAN);
            };
        }
    }

    static final class StrictLong implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            try {
                return whole(value).longValueExact();
            } catch (ArithmeticException tooLarge) {
                throw new JsonbException("Give a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ".");
            }
        }
    }

    static final class StrictInteger implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value.getValueType() == JsonValue.ValueType.NULL) {
                return null;
            }
            try {
                return whole(value).intValueExact();
            } catch (ArithmeticException tooLarge) {
                throw new JsonbException("Give a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ".");
            }
        }
    }

    /** The value as a whole number, or refused: not a number, or a number with a fraction (1.5, 1e-3). */
    private static java.math.BigInteger whole(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new JsonbException(WHOLE_NUMBER);
        }
        java.math.BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            throw new JsonbException(WHOLE_NUMBER);
        }
        if (number.abs().compareTo(java.math.BigDecimal.TEN.pow(30)) > 0) {
            throw new JsonbException("Give a whole number of a sensible size.");
        }
        return number.toBigInteger();
    }
}
