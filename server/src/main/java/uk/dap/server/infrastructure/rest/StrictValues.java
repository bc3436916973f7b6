package uk.dap.server.infrastructure.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import uk.dap.shared.text.RefusedValue;
import uk.dap.shared.validation.DayRange;

/**
 * How a request body's booleans, whole numbers and dates are read (registered in {@link StrictJson}, so every body goes
 * through them). JSON-B's defaults change a value into another without a word: {@code "yes"}, {@code 1} or
 * {@code "maybe"} became {@code false} (for a confidential address that fails open), a number too large for a long
 * wrapped round into another record's id, and {@code 1.5} places became 1. Here a boolean is JSON {@code true} or
 * {@code false}, a whole number is a JSON number with no fraction that fits, and a date is YYYY-MM-DD in the range
 * below; anything else is refused ({@link RefusedValue}), and
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
                default -> throw new RefusedValue(BOOLEAN);
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

    static final String DAY = "Give a date as YYYY-MM-DD, from 1900-01-01 to 2099-12-31.";
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /**
     * A day written YYYY-MM-DD between {@link DayRange#FIRST_DAY} and {@link DayRange#LAST_DAY}; refused otherwise. Java reads
     * "+99999-12-31", which Derby then refused with a 500, and days before 1583 went through the Julian calendar on the
     * way into Derby and came back as other days (1582-10-10 as 1582-10-20): no date outside this range gets that far.
     * Each field may narrow it further (a birth date is not in the future: see uk.dap.shared.validation).
     */
    static LocalDate day(String text) {
        if (!ISO_DAY.matcher(text).matches()) {
            throw new RefusedValue(DAY);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RefusedValue(DAY);
        }
        if (day.isBefore(DayRange.FIRST_DAY) || day.isAfter(DayRange.LAST_DAY)) {
            throw new RefusedValue(DAY);
        }
        return day;
    }

    static final class StrictLocalDate implements JsonbDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            return switch (value.getValueType()) {
                case NULL -> null;
                case STRING -> day(((jakarta.json.JsonString) value).getString());
                default -> throw new RefusedValue(DAY);
            };
        }
    }

    /**
     * The value as a whole number from {@code min} to {@code max}; null for JSON null; refused when it is not a number,
     * has a fraction (1.5, 1e-3) or does not fit.
     */
    private static BigInteger whole(JsonValue value, long min, long max) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new RefusedValue(WHOLE_NUMBER);
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            throw new RefusedValue(WHOLE_NUMBER);
        }
        // Compared before it is expanded, so that 1e400000 is refused rather than written out in full.
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new RefusedValue("Give a whole number from " + min + " to " + max + ".");
        }
        return number.toBigInteger();
    }
}
