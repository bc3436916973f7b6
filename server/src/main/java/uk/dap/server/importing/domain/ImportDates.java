package uk.dap.server.importing.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * The dates a template takes: "23 Nov 2026" (as the service shows dates), "23 November 2026", or ISO "2026-11-23".
 * Strict: 31 Feb is not a date, and "03/04/2026", which reads one way in Britain and another elsewhere, is refused
 * rather than guessed.
 */
public final class ImportDates {
    /** The earliest day a historic record may carry (a date of birth may be earlier). */
    public static final java.time.LocalDate EARLIEST = java.time.LocalDate.of(2000, 1, 1);

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            pattern("d MMM uuuu"),
            pattern("d MMMM uuuu"));

    private ImportDates() {
    }

    private static DateTimeFormatter pattern(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /** The day written, or null when it is not a date in one of the forms above. */
    public static LocalDate parse(String text) {
        // "Sept" (as British English shortens September) and "Sep" are both read: English month names, "Sept" made "Sep".
        String written = text.trim().replaceAll("(?i)\\bsept\\b", "Sep");
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(written, format);
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return null;
    }
}
