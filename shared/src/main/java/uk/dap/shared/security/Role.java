package uk.dap.shared.security;

/**
 * Who is calling. Staff roles come from a staff account; {@link #KIOSK} is a registered device at a venue.
 * The names are the token's {@code groups} claim and the values of {@code @RolesAllowed}, so they must not change.
 */
public enum Role {
    ADMIN("Administrator"),
    PROGRAMME_LEAD("Programme lead"),
    FACILITATOR("Facilitator"),
    KEY_WORKER("Key worker"),
    REFERRER("Referrer"),
    KIOSK("Kiosk");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The name shown to people, in British English. */
    public String label() {
        return label;
    }

    public boolean isStaff() {
        return this != KIOSK;
    }
}
