package uk.dap.server.common;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a capability holds about a person, for the subject access pack (issue 22, docs/data-protection.md). Declared
 * here, beside the other things every capability may use, so that each capability says what it holds in its own
 * tables and leaves out what it knows to be someone else's (a partner-contact note, a linked person's record); the
 * data-protection capability puts the pack together and reaches into none of them.
 */
public interface SubjectAccessSource {
    /** The person's own records held here, oldest first. Never another person's details, words or whereabouts. */
    List<PackItem> itemsAbout(long participantId);

    /**
     * Words that would say something of another person if they appeared in the pack's text: the names, addresses and
     * phone numbers of people linked to this one or met in a group, and anyone's confidential address. Each is replaced
     * wherever it appears.
     */
    default Set<String> otherPeoplesDetails(long participantId) {
        return Set.of();
    }

    /** A date or timestamp as JDBC gives it, as a UK day; null stays null. */
    static LocalDate day(Object value) {
        if (value instanceof java.sql.Timestamp at) {
            return LocalDate.ofInstant(at.toInstant(), uk.dap.shared.text.UkDates.UK);
        }
        return value instanceof java.sql.Date date ? date.toLocalDate() : null;
    }

    /** As {@link #day}, written as 23 Nov 2026. */
    static String date(Object value) {
        LocalDate day = day(value);
        return day == null ? null : uk.dap.shared.text.UkDates.date(day);
    }

    /** A code as words: {@code MOVED_AWAY} reads "Moved away". */
    static String words(Object code) {
        if (code == null) {
            return null;
        }
        String text = code.toString().replace('_', ' ').toLowerCase(java.util.Locale.UK);
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * One thing held about the person: {@code key} names it stably (e.g. {@code note-42}) so that a reviewer's decision
     * to withhold it holds; {@code section} groups it in the pack.
     */
    record PackItem(String key, String section, String title, LocalDate date, List<Field> fields) {
        public static Builder of(String key, String section, String title, LocalDate date) {
            return new Builder(key, section, title, date);
        }
    }

    /** A label and its value; {@code staff} marks a member of staff, shown by role unless the service names staff. */
    record Field(String label, String value, boolean staff) {
    }

    /** Builds an item field by field, leaving out empty values. */
    final class Builder {
        private final String key;
        private final String section;
        private final String title;
        private final LocalDate date;
        private final List<Field> fields = new ArrayList<>();

        private Builder(String key, String section, String title, LocalDate date) {
            this.key = key;
            this.section = section;
            this.title = title;
            this.date = date;
        }

        public Builder field(String label, Object value) {
            if (value != null && !value.toString().isBlank()) {
                fields.add(new Field(label, value.toString(), false));
            }
            return this;
        }

        public Builder staff(String label, String who) {
            if (who != null && !who.isBlank()) {
                fields.add(new Field(label, who, true));
            }
            return this;
        }

        public PackItem build() {
            return new PackItem(key, section, title, date, List.copyOf(fields));
        }
    }
}
