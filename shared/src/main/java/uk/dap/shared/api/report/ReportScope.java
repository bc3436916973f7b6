package uk.dap.shared.api.report;

import java.time.LocalDate;

/**
 * What a report covers, as asked for and as printed in its heading.
 *
 * @param from first referral date included (PROGRAMME and AGENCY), inclusive
 * @param to last referral date included, inclusive
 * @param title a heading for people, e.g. "Freedom, 1 Apr 2025 to 31 Mar 2026"
 */
public record ReportScope(ReportScopeKind kind, String programmeCode, Long cohortId, String agency, LocalDate from,
                          LocalDate to, String title) {
}
