package uk.dap.shared.api.report;

import java.time.Instant;
import java.util.List;

/**
 * A completion report: counts and rates only, never names, contact details or notes.
 *
 * @param suppressed true when small numbers are suppressed (for a report that leaves the service)
 * @param enrolmentsBeingUpdated how many enrolments' figures are still being brought up to date after a large change
 *        (an import): they are counted as they were before it; 0 when every committed change is counted
 */
public record CompletionReport(ReportScope scope, boolean suppressed, Instant generatedAt, ReportFlow flow,
                               ReportAttendance attendance, List<InstrumentChange> evaluation,
                               ProgrammeSpecifics specifics, int enrolmentsBeingUpdated) {
    /** The sentence that says the figures are not yet up to date; empty when they are. */
    public String beingUpdatedNote() {
        return enrolmentsBeingUpdated == 0 ? "" : String.format(java.util.Locale.UK,
                "Being brought up to date: %,d enrolments are counted as they were before their latest change. Ask again in a few minutes.",
                enrolmentsBeingUpdated);
    }
}
