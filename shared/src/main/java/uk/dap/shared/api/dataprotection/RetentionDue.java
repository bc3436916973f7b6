package uk.dap.shared.api.dataprotection;

/**
 * What the retention schedule makes due for one kind of record: how many people (children for children's records,
 * records for kiosk sign-ins) would be anonymised by the next run, how many more fall due within the window, and how
 * many are past their date but kept by a legal hold.
 */
public record RetentionDue(RecordKind kind, String label, long dueNow, long dueWithinWindow, long heldBack) {
}
