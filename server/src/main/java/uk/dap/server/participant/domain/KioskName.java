package uk.dap.server.participant.domain;

/** How a shared screen in a group room names a person: first name and the initial of the last name, never more. */
public final class KioskName {
    private KioskName() {
    }

    /** "Priya P."; the first name alone when there is no last name (a child recorded by first name only). */
    public static String of(String firstName, String lastName) {
        return lastName == null || lastName.isBlank() ? firstName
                : firstName + " " + lastName.strip().substring(0, 1).toUpperCase(java.util.Locale.UK) + ".";
    }
}
