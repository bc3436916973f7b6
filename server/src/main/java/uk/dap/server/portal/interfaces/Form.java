package uk.dap.server.portal.interfaces;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import uk.dap.shared.text.SafeText;

/**
 * A posted form read field by field, each problem kept as the Design System words it (for the error summary and the
 * field). Text is trimmed at both ends, as every GOV.UK form does; otherwise refused, never changed: over its length,
 * or holding characters no text may hold ({@link SafeText}).
 */
final class Form {
    private final HttpServletRequest request;
    private final List<PageChrome.FieldError> errors = new ArrayList<>();

    Form(HttpServletRequest request) {
        this.request = request;
    }

    List<PageChrome.FieldError> errors() {
        return errors;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    void error(String field, String message) {
        if (errors.stream().noneMatch(e -> e.fieldId().equals(field))) {
            errors.add(new PageChrome.FieldError(field, message));
        }
    }

    String raw(String field) {
        return Optional.ofNullable(request.getParameter(field)).orElse("").strip();
    }

    /** Text as typed; {@code required} names what to enter ("Enter her first name"), or null when it may be left empty. */
    String text(String field, String label, int max, String required, boolean multiLine) {
        String value = raw(field);
        if (value.isEmpty()) {
            if (required != null) {
                error(field, required);
            }
            return value;
        }
        if (value.length() > max) {
            error(field, label + " must be " + max + " characters or fewer");
        }
        String refusal = SafeText.refusal(value, multiLine);
        if (refusal != null) {
            error(field, label + ": " + refusal);
        }
        return value;
    }

    /** The three boxes of a date input as typed, for showing again. */
    String[] typedDate(String field) {
        return new String[] {raw(field + "-day"), raw(field + "-month"), raw(field + "-year")};
    }

    /** A date from its three boxes; null, with the problem kept, when it is missing or not a real date. */
    LocalDate date(String field, String what, String named, boolean required) {
        String[] typed = typedDate(field);
        if (!required && String.join("", typed).isEmpty()) {
            return null;
        }
        DateField.Parsed parsed = DateField.parse(what, named, typed[0], typed[1], typed[2]);
        if (parsed.error() != null) {
            error(field + "-day", parsed.error());
        }
        return parsed.date();
    }

    /** One of an enum's values by name; null, with {@code required} kept as the problem, when none or another was sent. */
    <E extends Enum<E>> E choice(String field, Class<E> type, String required) {
        String value = raw(field);
        try {
            return value.isEmpty() ? missing(field, required) : Enum.valueOf(type, value);
        } catch (IllegalArgumentException notOne) {
            return missing(field, required);
        }
    }

    private <E> E missing(String field, String required) {
        if (required != null) {
            error(field, required);
        }
        return null;
    }

    /** A yes or no radio: true, false, or null when neither was chosen ("not known" where the page offers it). */
    Boolean yesNo(String field, String required) {
        return switch (raw(field)) {
            case "yes" -> true;
            case "no" -> false;
            case "not-known" -> null;
            default -> missing(field, required);
        };
    }

    /** The values of a group of check boxes that are among those offered. */
    Set<String> ticked(String field, Set<String> offered) {
        String[] values = request.getParameterValues(field);
        Set<String> ticked = new TreeSet<>();
        if (values != null) {
            Arrays.stream(values).filter(offered::contains).forEach(ticked::add);
        }
        return ticked;
    }

    /** Which button sent the form (its {@code name="action"} value). */
    String action() {
        return raw("action");
    }
}
