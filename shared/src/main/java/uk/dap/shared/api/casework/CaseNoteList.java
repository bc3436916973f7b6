package uk.dap.shared.api.casework;

import java.time.Instant;
import java.util.List;

/**
 * The latest version of each note the caller may see, newest first, after the filters. {@code withheld} counts the
 * sensitive notes listed without their text; {@code mayRequestSensitiveAccess} says the caller could open them by
 * giving a reason; {@code sensitiveAccessUntil} is when the caller's current access ends (absent when none).
 */
public record CaseNoteList(
        long participantId,
        String participantReference,
        String participantName,
        List<CaseNoteView> notes,
        int total,
        int withheld,
        boolean mayRequestSensitiveAccess,
        Instant sensitiveAccessUntil) {
}
