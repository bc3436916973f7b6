package uk.dap.shared.api.report;

import java.time.Instant;
import java.util.List;

/**
 * A completion report: counts and rates only, never names, contact details or notes.
 *
 * @param suppressed true when small numbers are suppressed (for a report that leaves the service)
 */
public record CompletionReport(ReportScope scope, boolean suppressed, Instant generatedAt, ReportFlow flow,
                               ReportAttendance attendance, List<InstrumentChange> evaluation,
                               ProgrammeSpecifics specifics) {
}
