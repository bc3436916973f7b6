package uk.dap.shared.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times the way UK users write them: {@code 23 Nov 2026}, {@code 23 Nov 2026, 14:05}. */
public final class UkDates {
    public static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private UkDates() {
    }

    public static String date(LocalDate date) {
        // Locale.UK writes "Sept" for September on some JDKs; the users' convention is three letters.
        return date == null ? "" : DATE.format(date).replace("Sept", "Sep");
    }

    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(UK)).replace("Sept", "Sep");
    }
}
