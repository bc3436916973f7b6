package uk.dap.server.audit.domain;

/** How an audited action ended. */
public enum AuditOutcome {
    SUCCESS,
    /** Refused for a reason the caller controls: wrong password, invalid code, rule broken. */
    FAILURE,
    /** Refused because the account is locked out. */
    LOCKED,
    /** Refused because the caller's role or scope does not allow it. */
    DENIED
}
