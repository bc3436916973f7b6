package uk.dap.shared.api.report;

/** What a completion report covers. */
public enum ReportScopeKind {
    /** Everyone placed in one cohort. */
    COHORT,
    /** One programme's referrals made within a date range. */
    PROGRAMME,
    /** One referring agency's referrals (to any programme the caller leads) made within a date range. */
    AGENCY
}
