package uk.dap.server.common;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import uk.dap.shared.api.dataprotection.RecordKind;

/**
 * What a capability holds about people, removed on the retention schedule or on an erasure (issue 22,
 * docs/data-protection.md). Declared here, beside the other things every capability may use, so that each capability
 * that keeps personal data anonymises its own tables, and the data-protection capability, which decides what is due,
 * reaches into none of them. Every implementation keeps the ids, dates, states and scores the completion report counts,
 * and changes only columns the report's prepared rows do not read.
 */
public interface PersonalRecords {
    /**
     * Removes what this capability holds of {@code kind} about these subjects (participants' ids; children's ids for
     * {@link RecordKind#CHILDREN}), in the caller's transaction; returns how many of its rows changed.
     */
    int anonymise(RecordKind kind, Collection<Long> subjectIds);

    /**
     * For a kind whose clock is the date of the record: removes it from records made before {@code before}, except those
     * of the people in {@code held}; returns how many rows changed.
     */
    default int anonymiseRecordedBefore(RecordKind kind, LocalDate before, Set<Long> held) {
        return 0;
    }

    /** How many records of a kind dated by the record would {@link #anonymiseRecordedBefore} change. */
    default long countRecordedBefore(RecordKind kind, LocalDate before, Set<Long> held) {
        return 0;
    }
}
