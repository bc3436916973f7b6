package uk.dap.server.security.application;

import uk.dap.shared.security.Role;

/**
 * Who is calling, as proven by a valid token. {@code accountId} is set for staff, {@code kioskId} and
 * {@code venueId} for a kiosk.
 */
public record Caller(String username, Role role, Long accountId, Long kioskId, Long venueId) {
    public static final String ACCOUNT_CLAIM = "dap_account";
    public static final String KIOSK_CLAIM = "dap_kiosk";
    public static final String VENUE_CLAIM = "dap_venue";
    /** A staff token's generation: see StaffAccount#disable. */
    public static final String GENERATION_CLAIM = "dap_generation";

    /** The caller's role as shown to people ("Key worker"). */
    public String roleLabel() {
        return role.label();
    }

    public boolean isKiosk() {
        return role == Role.KIOSK;
    }
}
