package uk.dap.shared.security;

/** The role names as compile-time constants, for {@code @RolesAllowed}. Kept equal to {@link Role} by a test. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String PROGRAMME_LEAD = "PROGRAMME_LEAD";
    public static final String FACILITATOR = "FACILITATOR";
    public static final String KEY_WORKER = "KEY_WORKER";
    public static final String REFERRER = "REFERRER";
    public static final String KIOSK = "KIOSK";

    private Roles() {
    }
}
