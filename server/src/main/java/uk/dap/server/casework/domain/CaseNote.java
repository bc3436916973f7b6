package uk.dap.server.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.dap.shared.api.casework.NoteType;

/**
 * A case note about a participant: what it is about and its type, fixed for life. Its words live in
 * {@link CaseNoteVersion}s, which are only ever added, never changed (append-only).
 */
@Entity
@Table(name = "case_note")
public class CaseNote {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "participant_id", updatable = false)
    private Long participantId;
    @Enumerated(EnumType.STRING)
    @Column(name = "note_type", updatable = false)
    private NoteType type;
    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected CaseNote() {
        // for JPA
    }

    public CaseNote(Long participantId, NoteType type, Instant createdAt) {
        this.participantId = participantId;
        this.type = type;
        this.createdAt = createdAt;
    }

    public Long id() {
        return id;
    }

    public Long participantId() {
        return participantId;
    }

    public NoteType type() {
        return type;
    }
}
