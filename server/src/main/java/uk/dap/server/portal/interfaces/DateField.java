package uk.dap.server.portal.interfaces;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A date typed into the GOV.UK date input's three boxes, read as the Design System's guidance says: each missing part
 * named, and a date that does not exist said to be so, never moved to one that does.
 */
final class DateField {
    record Parsed(LocalDate date, String error) {
    }

    private DateField() {
    }

    /**
     * @param what the date as a sentence's object ("the date of the meeting")
     * @param named the date as a sentence's subject ("Date of the meeting")
     */
    static Parsed parse(String what, String named, String day, String month, String year) {
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return new Parsed(null, "Enter " + what);
        }
        StringBuilder missing = new StringBuilder();
        for (String[] part : new String[][] {{day, "a day"}, {month, "a month"}, {year, "a year"}}) {
            if (part[0].isEmpty()) {
                missing.append(missing.length() == 0 ? "" : " and ").append(part[1]);
            }
        }
        if (missing.length() > 0) {
            return new Parsed(null, named + " must include " + missing);
        }
        if (!day.matches("\\d{1,2}") || !month.matches("\\d{1,2}") || !year.matches("\\d{4}")) {
            return new Parsed(null, named + " must be a real date, in numbers, for example 27 3 2027");
        }
        try {
            return new Parsed(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)), null);
        } catch (DateTimeException notADay) {
            return new Parsed(null, named + " must be a real date");
        }
    }
}
