package uk.dap.shared.api.casework;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version of a case note. {@code id} is the note's id (the same for all its versions), {@code versionId} this
 * version's. When {@code withheld} is true the note is sensitive and the caller may not open it now: {@code text} is
 * absent, everything else is shown. {@code corrected} says a later version replaced this one (in history) or that this
 * latest version is a correction (in lists).
 */
public record CaseNoteView(
        long id,
        long versionId,
        int version,
        long participantId,
        NoteType type,
        LocalDate occurredOn,
        String author,
        Instant writtenAt,
        boolean sensitive,
        boolean withheld,
        String text,
        boolean corrected,
        Long correctsVersionId,
        String correctionReason) {
}
