package uk.dap.kiosk.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import javax.swing.JTextField;

/** A date typed the UK way (23/11/2026, 23 Nov 2026 or 2026-11-23); a day the month does not have (31/02/2026) is refused, never moved to another. */
public class DateField extends JTextField {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK).withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    public DateField() {
        super(10);
        putClientProperty("JTextField.placeholderText", "DD/MM/YYYY");
    }

    public void setDate(LocalDate date) {
        setText(date == null ? "" : SHOWN.format(date));
    }

    /** The date, or null when blank; throws {@link IllegalArgumentException} with a sentence for the user. */
    public LocalDate date(String what) {
        String text = getText().trim();
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException ignored) {
                // try the next way of writing it
            }
        }
        throw new IllegalArgumentException("Enter the " + what + " as DD/MM/YYYY, for example 23/11/2026.");
    }

    /** A time typed as HH:MM; throws {@link IllegalArgumentException} with a sentence for the user. */
    public static LocalTime time(JTextField field, String what) {
        String text = field.getText().trim();
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Enter the " + what + " as HH:MM, for example 18:30.");
        }
    }
}
