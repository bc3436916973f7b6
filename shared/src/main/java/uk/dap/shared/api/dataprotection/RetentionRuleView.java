package uk.dap.shared.api.dataprotection;

import java.time.Instant;

/**
 * One line of the retention schedule: a kind of record is anonymised {@code periodMonths} after {@code startsFrom}.
 * {@code changedBy} and {@code changedAt} are empty while the service's default stands.
 */
public record RetentionRuleView(RecordKind kind, String label, String removes, int periodMonths, RetentionStart startsFrom,
                                String startsFromLabel, String changedBy, Instant changedAt) {
}
