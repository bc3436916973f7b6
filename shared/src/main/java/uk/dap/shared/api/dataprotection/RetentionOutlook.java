package uk.dap.shared.api.dataprotection;

import java.time.LocalDate;
import java.util.List;

/** What falls due by {@code until} (today and the next 30 days by default), kind by kind, and the last run. */
public record RetentionOutlook(LocalDate today, LocalDate until, List<RetentionDue> kinds, RetentionRunView lastRun) {
}
