package uk.dap.server.importing.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.dap.shared.text.SafeText;
import uk.dap.shared.text.UkDates;

/**
 * One data row of an uploaded file, read by its columns' headings. Each reader returns the value or, when the cell
 * cannot be taken, records a problem naming the row, the column and the value, and returns null: a row is checked in
 * full, so that one dry run lists everything to fix.
 */
public final class ImportRow {
    private final long number;
    private final Map<String, String> cells;
    private final ImportProblems problems;
    private final int problemsBefore;

    public ImportRow(long number, Map<String, String> cells, ImportProblems problems) {
        this.number = number;
        this.cells = cells;
        this.problems = problems;
        this.problemsBefore = problems.count();
    }

    /** The spreadsheet's row number (the heading is row 1). */
    public long number() {
        return number;
    }

    /** Whether any cell of this row had a problem so far. */
    public boolean hasProblems() {
        return problems.count() > problemsBefore;
    }

    /** A problem with the row as a whole, or with a value a rule refuses. */
    public void problem(Column column, String message) {
        problems.add(number, column == null ? null : column.heading(), column == null ? null : raw(column), message);
    }

    /** The cell as given, trimmed; null when empty. */
    public String raw(Column column) {
        String value = cells.get(column.heading());
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Single-line text; null when empty (a problem when the column is required). */
    public String text(Column column, int max) {
        return text(column, max, false);
    }

    /** Text that may hold line breaks (an address, a reason). */
    public String multiLineText(Column column, int max) {
        return text(column, max, true);
    }

    private String text(Column column, int max, boolean multiLine) {
        String value = raw(column);
        if (value == null) {
            if (column.required()) {
                problem(column, "Fill in '" + column.heading() + "' (" + column.takes() + ").");
            }
            return null;
        }
        String refusal = SafeText.refusal(value, multiLine);
        if (refusal != null) {
            problem(column, refusal);
            return null;
        }
        if (value.length() > max) {
            problem(column, "Keep '" + column.heading() + "' to " + max + " characters (this is " + value.length() + ").");
            return null;
        }
        return value;
    }

    /** A date from {@code earliest} up to {@code latest}, as {@link ImportDates} reads one. */
    public LocalDate date(Column column, LocalDate earliest, LocalDate latest) {
        String value = raw(column);
        if (value == null) {
            if (column.required()) {
                problem(column, "Fill in '" + column.heading() + "', as 23 Nov 2026 or 2026-11-23.");
            }
            return null;
        }
        LocalDate day = ImportDates.parse(value);
        if (day == null) {
            problem(column, value + " is not a date: write it as 23 Nov 2026 or 2026-11-23.");
            return null;
        }
        if (day.isBefore(earliest) || day.isAfter(latest)) {
            problem(column, "Give a date from " + UkDates.date(earliest) + " to " + UkDates.date(latest) + "; "
                    + UkDates.date(day) + " is outside it.");
            return null;
        }
        return day;
    }

    /** A whole number from {@code min} to {@code max}; null when empty (a problem when the column is required). */
    public Integer whole(Column column, int min, int max) {
        String value = raw(column);
        if (value == null) {
            if (column.required()) {
                problem(column, "Fill in '" + column.heading() + "' (" + column.takes() + ").");
            }
            return null;
        }
        try {
            // A spreadsheet may hold a whole number as 12.0.
            int number = new java.math.BigDecimal(value).intValueExact();
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException | ArithmeticException notWhole) {
            // Said below.
        }
        problem(column, "Give '" + column.heading() + "' as a whole number from " + min + " to " + max + ", not " + value + ".");
        return null;
    }

    /** A time of day as 18:30 (or 18.30); null when empty (a problem when the column is required). */
    public java.time.LocalTime time(Column column) {
        String value = raw(column);
        if (value == null) {
            if (column.required()) {
                problem(column, "Fill in '" + column.heading() + "' (" + column.takes() + ").");
            }
            return null;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([01]?\\d|2[0-3])[:.]([0-5]\\d)(:00)?").matcher(value);
        if (!m.matches()) {
            problem(column, value + " is not a time of day: write it as 18:30.");
            return null;
        }
        return java.time.LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The cell's items, separated by semicolons, each trimmed; empty when the cell is. */
    public java.util.List<String> items(Column column) {
        String value = raw(column);
        return value == null ? java.util.List.of()
                : Arrays.stream(value.split(";")).map(String::strip).filter(item -> !item.isEmpty()).toList();
    }

    /** Yes or No (also Y, N, True, False); empty is null (a problem when the column is required). */
    public Boolean yesNo(Column column) {
        String value = raw(column);
        if (value == null) {
            if (column.required()) {
                problem(column, "Fill in '" + column.heading() + "' (" + column.takes() + ").");
            }
            return null;
        }
        return switch (value.toLowerCase(Locale.UK)) {
            case "yes", "y", "true" -> Boolean.TRUE;
            case "no", "n", "false" -> Boolean.FALSE;
            default -> {
                problem(column, "Write Yes or No in '" + column.heading() + "', not " + value + ".");
                yield null;
            }
        };
    }

    /** One of an enum's values, by its label (as the service shows it) or its code, whatever the case. */
    public <E extends Enum<E>> E choice(Column column, Class<E> type, Function<E, String> label) {
        String value = raw(column);
        if (value == null) {
            if (column.required()) {
                problem(column, "Fill in '" + column.heading() + "' (" + column.takes() + ").");
            }
            return null;
        }
        for (E option : type.getEnumConstants()) {
            if (option.name().equalsIgnoreCase(value.replace(' ', '_').replace('-', '_')) || label.apply(option).equalsIgnoreCase(value)) {
                return option;
            }
        }
        problem(column, value + " is not one of " + Arrays.stream(type.getEnumConstants()).map(label)
                .collect(Collectors.joining(", ")) + ".");
        return null;
    }
}
