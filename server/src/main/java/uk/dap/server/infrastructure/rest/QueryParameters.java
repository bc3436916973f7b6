package uk.dap.server.infrastructure.rest;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import uk.dap.shared.api.Problem;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.text.RefusedValue;

/**
 * Typed query and path parameters, read strictly: a date (ISO, {@code 2026-04-01}, in the range every date has: see
 * {@link StrictValues#day}), a whole number that fits, or {@code true}/{@code false}. Blank is absent (null), for the use
 * case to say whether it is needed. Anything else is a 400 naming the parameter, where JAX-RS on its own would answer
 * 404 (or, for an unreadable Boolean, quietly read false).
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = null;
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                name = q.value();
            } else if (a instanceof PathParam p) {
                name = p.value();
            }
        }
        if (name == null) {
            return null;
        }
        if (rawType == long.class) {
            // Path ids: "abc" or 2^64 + 1 used to answer 404 (or wrap round to another record's id).
            return (ParamConverter<T>) new Strict<>(name, Long::valueOf, "give a whole number, for example 12", true);
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Strict<>(name, StrictValues::day, "give a date as YYYY-MM-DD from 1900-01-01 to 2099-12-31, for example 2026-04-01", false);
        }
        if (rawType == Long.class) {
            return (ParamConverter<T>) new Strict<>(name, Long::valueOf, "give a whole number, for example 12", false);
        }
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new Strict<>(name, Integer::valueOf, "give a whole number, for example 12", false);
        }
        if (rawType == Boolean.class) {
            return (ParamConverter<T>) new Strict<>(name, QueryParameters::strictBoolean, "give true or false", false);
        }
        return null;
    }

    private static Boolean strictBoolean(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(text);
        };
    }

    private record Strict<T>(String name, Function<String, T> parse, String expected, boolean required) implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            if (!required && (value == null || value.isBlank())) {
                return null;
            }
            try {
                return parse.apply(value == null ? "" : value.trim());
            } catch (IllegalArgumentException | RefusedValue e) {
                // A WebApplicationException carrying its answer is passed on as it is; any other would become a 404.
                String detail = "'" + name + "': " + expected + ".";
                throw new WebApplicationException(Problems.response(Problems.problem(ProblemType.VALIDATION_FAILED, detail,
                        List.of(new Problem.FieldError(name, expected + ".")))));
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value.toString();
        }
    }
}
