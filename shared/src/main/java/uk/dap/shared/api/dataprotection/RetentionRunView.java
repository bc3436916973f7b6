package uk.dap.shared.api.dataprotection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One run of the retention schedule: when, why ({@code NIGHTLY} or {@code ON_REQUEST}), for which day, and what it
 * anonymised kind by kind (counts only; never who).
 */
public record RetentionRunView(long id, String trigger, LocalDate asOf, Instant startedAt, Instant finishedAt,
                               List<RetentionRunCount> counts, long heldBack) {

    /** {@code subjects}: people (children, for children's records; records, for kiosk sign-ins); {@code records}: rows changed. */
    public record RetentionRunCount(RecordKind kind, String label, long subjects, long records) {
    }
}
