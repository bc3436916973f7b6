package uk.dap.kiosk.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import javax.swing.JTextField;
import uk.dap.shared.text.UkDates;

/** A UK wall-clock date and time typed the UK way (23/11/2026 14:30, 23 Nov 2026 14:30 or 2026-11-23T14:30). */
public class DateTimeField extends JTextField {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu H:mm").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMM uuuu H:mm", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE_TIME);

    public DateTimeField() {
        super(14);
        putClientProperty("JTextField.placeholderText", "DD/MM/YYYY HH:MM");
        setToolTipText("Date and time, UK: 23/11/2026 14:30");
    }

    /** The moment typed; throws {@link IllegalArgumentException} with a sentence for the user naming {@code what}. */
    public Instant instant(String what) {
        return parse(getText(), what);
    }

    static Instant parse(String text, String what) {
        String t = text == null ? "" : text.trim();
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDateTime.parse(t, format).atZone(UkDates.UK).toInstant();
            } catch (DateTimeParseException next) {
                // try the next way of writing it
            }
        }
        throw new IllegalArgumentException(what + ": type the date and time such as 23/11/2026 14:30.");
    }
}
