package uk.dap.server.casework.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;

/**
 * One version of a case note, never changed once written: every column is insert-only and there are no setters. A
 * correction is the next version, pointing at the one it corrects, with a reason. Sensitivity only ever tightens:
 * a correction may mark a note sensitive but never unmark it, so text once withheld stays withheld.
 */
@Entity
@Table(name = "case_note_version")
public class CaseNoteVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "note_id", updatable = false)
    private Long noteId;
    @Column(name = "version_number", updatable = false)
    private int number;
    @Column(name = "corrects_version_id", updatable = false)
    private Long correctsVersionId;
    @Column(name = "correction_reason", updatable = false)
    private String correctionReason;
    @Column(name = "occurred_on", updatable = false)
    private LocalDate occurredOn;
    @Column(name = "body", updatable = false)
    private String text;
    @Column(updatable = false)
    private boolean sensitive;
    @Column(name = "author_id", updatable = false)
    private Long authorId;
    @Column(name = "author_name", updatable = false)
    private String authorName;
    @Column(name = "written_at", updatable = false)
    private Instant writtenAt;

    protected CaseNoteVersion() {
        // for JPA
    }

    private CaseNoteVersion(Long noteId, int number, Long correctsVersionId, String correctionReason, LocalDate occurredOn,
                            String text, boolean sensitive, Long authorId, String authorName, Instant writtenAt) {
        this.noteId = noteId;
        this.number = number;
        this.correctsVersionId = correctsVersionId;
        this.correctionReason = correctionReason;
        this.occurredOn = occurredOn;
        this.text = text;
        this.sensitive = sensitive;
        this.authorId = authorId;
        this.authorName = authorName;
        this.writtenAt = writtenAt;
    }

    /** The first version of a note. It may not be dated after {@code today} (UK). */
    public static CaseNoteVersion first(Long noteId, LocalDate occurredOn, LocalDate today, String text, boolean sensitive,
                                        Long authorId, String authorName, Instant now) {
        requireNotFuture(occurredOn, today);
        return new CaseNoteVersion(noteId, 1, null, null, occurredOn, text.strip(), sensitive, authorId, authorName, now);
    }

    /** The version that corrects this one. */
    public CaseNoteVersion correctedBy(String newText, LocalDate newOccurredOn, Boolean markSensitive, String reason, LocalDate today,
                                       Long authorId, String authorName, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Say why the note is corrected.");
        }
        if (sensitive && Boolean.FALSE.equals(markSensitive)) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "A sensitive note stays sensitive: a correction cannot unmark it.");
        }
        LocalDate date = newOccurredOn == null ? occurredOn : newOccurredOn;
        requireNotFuture(date, today);
        return new CaseNoteVersion(noteId, number + 1, id, reason.strip(), date, newText.strip(),
                sensitive || Boolean.TRUE.equals(markSensitive), authorId, authorName, now);
    }

    private static void requireNotFuture(LocalDate occurredOn, LocalDate today) {
        if (occurredOn.isAfter(today)) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "A note records what happened: its date cannot be in the future.");
        }
    }

    public Long id() {
        return id;
    }

    public Long noteId() {
        return noteId;
    }

    public int number() {
        return number;
    }

    public Long correctsVersionId() {
        return correctsVersionId;
    }

    public String correctionReason() {
        return correctionReason;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public String text() {
        return text;
    }

    public boolean sensitive() {
        return sensitive;
    }

    public Long authorId() {
        return authorId;
    }

    public String authorName() {
        return authorName;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
