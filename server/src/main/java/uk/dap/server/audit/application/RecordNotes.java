package uk.dap.server.audit.application;

import java.util.Map;
import java.util.Set;

/**
 * What has become of the people audit entries name, for reading the trail: declared by audit, which depends on no
 * capability, and implemented by the one that knows (data protection: "erased on 8 Dec 2026"). The entries themselves
 * never change, so the chain still verifies.
 */
public interface RecordNotes {
    /** For each participant reference ("P-000123") that has a note, the note. */
    Map<String, String> notesFor(Set<String> participantReferences);
}
