package uk.dap.server.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.casework.domain.CaseNote;
import uk.dap.server.casework.domain.CaseNoteVersion;
import uk.dap.server.casework.domain.SensitiveAccessGrant;
import uk.dap.server.common.DomainException;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.casework.CaseNoteList;
import uk.dap.shared.api.casework.CaseNoteView;
import uk.dap.shared.api.casework.NewCaseNote;
import uk.dap.shared.api.casework.NoteCorrection;
import uk.dap.shared.api.casework.NoteType;
import uk.dap.shared.api.casework.SensitiveAccessView;
import uk.dap.shared.text.UkDates;

/**
 * Key-worker case notes: append-only (a correction is a new version; nothing is changed or deleted), partner-contact
 * notes kept from the perpetrator's own workers, and sensitive notes opened by a lead only with a reason, for a
 * limited time. Every route first asks {@link NoteAccess} what the caller reaches, so filters, counts and histories
 * are computed over what they may see and nothing else. Every read and every write is audited; audit details hold
 * ids and counts, never note types or text.
 */
@ApplicationScoped
public class CaseNotes {
    private static final String NOTE = "CaseNote";
    private static final String PARTICIPANT = "Participant";

    @PersistenceContext(unitName = "dap")
    EntityManager em;
    @Inject
    Access permissions;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    NoteAccess noteAccess;
    @Inject
    StaffDirectory staff;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dap.casework.sensitiveAccessSeconds", defaultValue = "3600")
    long sensitiveAccessSeconds;

    /** Filters a list may be narrowed by; null means "any". Text search only looks at text the caller may open. */
    public record Filter(NoteType type, LocalDate from, LocalDate to, String author, Boolean sensitive, String text) {
    }

    @Transactional
    public CaseNoteList list(Long participantId, Filter filter) {
        NoteAccess.Reach reach = noteAccess.reach(currentCaller.require(), participantId);
        SensitiveAccessGrant grant = activeGrant(reach);
        List<CaseNoteView> all = new ArrayList<>();
        for (Map.Entry<CaseNote, List<CaseNoteVersion>> thread : threads(reach).entrySet()) {
            all.add(view(reach, grant, thread.getKey(), thread.getValue(), latest(thread.getValue()), true));
        }
        all.sort(Comparator.comparing(CaseNoteView::occurredOn).thenComparing(CaseNoteView::writtenAt).reversed());
        List<CaseNoteView> shown = all.stream().filter(n -> matches(n, filter)).toList();
        int withheld = (int) all.stream().filter(CaseNoteView::withheld).count();
        auditOpened(reach, grant, shown);
        audit.record("READ_NOTES", PARTICIPANT, reach.participant().reference(), AuditOutcome.SUCCESS,
                shown.size() + " listed, " + withheld + " withheld");
        return new CaseNoteList(reach.participant().id(), reach.participant().reference(), reach.participant().fullName(), shown, shown.size(), withheld,
                withheld > 0 && permissions.may(reach.caller(), Permission.OPEN_SENSITIVE_NOTES), grant == null ? null : grant.expiresAt());
    }

    /** The latest version of one note. */
    @Transactional
    public CaseNoteView read(Long participantId, Long noteId) {
        NoteAccess.Reach reach = noteAccess.reach(currentCaller.require(), participantId);
        CaseNote note = note(reach, noteId);
        List<CaseNoteVersion> versions = versions(note.id());
        SensitiveAccessGrant grant = activeGrant(reach);
        CaseNoteView view = view(reach, grant, note, versions, latest(versions), true);
        audit.record("READ_NOTE", NOTE, note.id(), AuditOutcome.SUCCESS, null);
        auditOpened(reach, grant, List.of(view));
        return view;
    }

    /** Every version of one note, newest first. */
    @Transactional
    public List<CaseNoteView> history(Long participantId, Long noteId) {
        NoteAccess.Reach reach = noteAccess.reach(currentCaller.require(), participantId);
        CaseNote note = note(reach, noteId);
        List<CaseNoteVersion> versions = versions(note.id());
        SensitiveAccessGrant grant = activeGrant(reach);
        audit.record("READ_NOTE_HISTORY", NOTE, note.id(), AuditOutcome.SUCCESS, versions.size() + " versions");
        List<CaseNoteView> views = new ArrayList<>();
        for (int i = versions.size() - 1; i >= 0; i--) {
            views.add(view(reach, grant, note, versions, versions.get(i), i == versions.size() - 1));
        }
        auditOpened(reach, grant, views.subList(0, 1));
        return views;
    }

    @Transactional
    public CaseNoteView write(Long participantId, NewCaseNote request) {
        Caller caller = currentCaller.require();
        NoteAccess.Reach reach = noteAccess.reach(caller, participantId);
        noteAccess.requireWritable(reach, request.type());
        Instant now = clock.instant();
        CaseNote note = new CaseNote(reach.participant().id(), request.type(), now);
        em.persist(note);
        em.flush();
        CaseNoteVersion first = CaseNoteVersion.first(note.id(), request.occurredOn(), today(), request.text(), request.markedSensitive(),
                caller.accountId(), staff.displayName(caller.accountId()), now);
        em.persist(first);
        em.flush();
        audit.record("WRITE_NOTE", NOTE, note.id(), AuditOutcome.SUCCESS, "about " + reach.participant().reference());
        return view(reach, null, note, List.of(first), first, true);
    }

    @Transactional
    public CaseNoteView correct(Long participantId, Long noteId, NoteCorrection correction) {
        Caller caller = currentCaller.require();
        NoteAccess.Reach reach = noteAccess.reach(caller, participantId);
        CaseNote note = note(reach, noteId);
        noteAccess.requireWritable(reach, note.type());
        // Two corrections at once must not both become version n+1: the note row is the lock.
        em.lock(note, LockModeType.PESSIMISTIC_WRITE);
        List<CaseNoteVersion> versions = versions(note.id());
        CaseNoteVersion current = latest(versions);
        SensitiveAccessGrant grant = activeGrant(reach);
        if (current.sensitive() && openBasis(reach, grant, note, versions) == null) {
            throw new DomainException(ProblemType.FORBIDDEN, "This note is sensitive: open it before you correct it.");
        }
        CaseNoteVersion next = current.correctedBy(correction.text(), correction.occurredOn(), correction.sensitive(), correction.reason(),
                today(), caller.accountId(), staff.displayName(caller.accountId()), clock.instant());
        em.persist(next);
        em.flush();
        audit.record("CORRECT_NOTE", NOTE, note.id(), AuditOutcome.SUCCESS, "version " + next.number() + " corrects version " + current.number());
        List<CaseNoteVersion> all = new ArrayList<>(versions);
        all.add(next);
        return view(reach, grant, note, all, next, true);
    }

    /** A lead's reasoned access to the participant's sensitive notes, for the configured time. */
    @Transactional
    public SensitiveAccessView grantSensitiveAccess(Long participantId, String reason) {
        Caller caller = currentCaller.require();
        NoteAccess.Reach reach = noteAccess.reach(caller, participantId);
        permissions.require(caller, Permission.OPEN_SENSITIVE_NOTES);
        if (reason == null || reason.isBlank()) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Give the reason you need to open the sensitive notes.");
        }
        SensitiveAccessGrant grant = new SensitiveAccessGrant(reach.participant().id(), caller.accountId(), reason, clock.instant(),
                Duration.ofSeconds(sensitiveAccessSeconds));
        em.persist(grant);
        em.flush();
        audit.record("GRANT_SENSITIVE_ACCESS", PARTICIPANT, reach.participant().reference(), AuditOutcome.SUCCESS,
                "grant " + grant.id() + " until " + grant.expiresAt());
        return new SensitiveAccessView(reach.participant().id(), reach.participant().reference(), grant.grantedAt(), grant.expiresAt());
    }

    private CaseNoteView view(NoteAccess.Reach reach, SensitiveAccessGrant grant, CaseNote note, List<CaseNoteVersion> versions,
                              CaseNoteVersion shown, boolean isLatest) {
        // Sensitivity is the note's, not the version's: once any version is sensitive every version is withheld.
        boolean sensitive = latest(versions).sensitive();
        boolean withheld = false;
        if (sensitive) {
            String basis = openBasis(reach, grant, note, versions);
            withheld = basis == null;
        }
        boolean corrected = isLatest ? shown.number() > 1 : true;
        return new CaseNoteView(note.id(), shown.id(), shown.number(), note.participantId(), note.type(), shown.occurredOn(),
                shown.authorName(), shown.writtenAt(), sensitive, withheld, withheld ? null : shown.text(), corrected,
                shown.correctsVersionId(), shown.correctionReason());
    }

    /** Each sensitive note whose text goes out is audited, with the ground it was opened on. */
    private void auditOpened(NoteAccess.Reach reach, SensitiveAccessGrant grant, List<CaseNoteView> views) {
        for (CaseNoteView v : views) {
            if (v.sensitive() && !v.withheld()) {
                CaseNote note = em.find(CaseNote.class, v.id());
                audit.record("READ_SENSITIVE_NOTE", NOTE, v.id(), AuditOutcome.SUCCESS,
                        "version " + v.version() + " " + openBasis(reach, grant, note, versions(v.id())));
            }
        }
    }

    private String openBasis(NoteAccess.Reach reach, SensitiveAccessGrant grant, CaseNote note, List<CaseNoteVersion> versions) {
        String basis = noteAccess.openBasis(reach, note, versions);
        if (basis == null && grant != null && grant.isActiveAt(clock.instant())) {
            basis = "grant " + grant.id();
        }
        return basis;
    }

    private SensitiveAccessGrant activeGrant(NoteAccess.Reach reach) {
        if (!permissions.may(reach.caller(), Permission.OPEN_SENSITIVE_NOTES)) {
            return null;
        }
        Instant now = clock.instant();
        return em.createQuery("SELECT g FROM SensitiveAccessGrant g WHERE g.participantId = :p AND g.accountId = :me"
                        + " AND g.expiresAt > :now ORDER BY g.expiresAt DESC", SensitiveAccessGrant.class)
                .setParameter("p", reach.participant().id()).setParameter("me", reach.caller().accountId()).setParameter("now", now)
                .getResultStream().filter(g -> g.isActiveAt(now)).findFirst().orElse(null);
    }

    /** The notes of types the caller reaches, each with its versions oldest first. */
    private Map<CaseNote, List<CaseNoteVersion>> threads(NoteAccess.Reach reach) {
        Map<Long, CaseNote> notes = new LinkedHashMap<>();
        for (CaseNote n : em.createQuery("SELECT n FROM CaseNote n WHERE n.participantId = :p AND n.type IN :types", CaseNote.class)
                .setParameter("p", reach.participant().id()).setParameter("types", List.copyOf(reach.types())).getResultList()) {
            notes.put(n.id(), n);
        }
        Map<CaseNote, List<CaseNoteVersion>> threads = new LinkedHashMap<>();
        if (notes.isEmpty()) {
            return threads;
        }
        for (CaseNoteVersion v : em.createQuery("SELECT v FROM CaseNoteVersion v WHERE v.noteId IN :ids ORDER BY v.noteId, v.number",
                CaseNoteVersion.class).setParameter("ids", List.copyOf(notes.keySet())).getResultList()) {
            threads.computeIfAbsent(notes.get(v.noteId()), k -> new ArrayList<>()).add(v);
        }
        return threads;
    }

    /** The note if it is the participant's and of a type the caller reaches; otherwise 404, as if it did not exist. */
    private CaseNote note(NoteAccess.Reach reach, Long noteId) {
        CaseNote note = noteId == null ? null : em.find(CaseNote.class, noteId);
        if (note == null || !note.participantId().equals(reach.participant().id()) || !reach.covers(note.type())) {
            throw new DomainException(ProblemType.NOT_FOUND, "There is no note " + noteId + " that you may see.");
        }
        return note;
    }

    private List<CaseNoteVersion> versions(Long noteId) {
        return em.createQuery("SELECT v FROM CaseNoteVersion v WHERE v.noteId = :n ORDER BY v.number", CaseNoteVersion.class)
                .setParameter("n", noteId).getResultList();
    }

    private static CaseNoteVersion latest(List<CaseNoteVersion> versions) {
        return versions.get(versions.size() - 1);
    }

    private static boolean matches(CaseNoteView n, Filter f) {
        if (f == null) {
            return true;
        }
        return (f.type() == null || n.type() == f.type())
                && (f.from() == null || !n.occurredOn().isBefore(f.from()))
                && (f.to() == null || !n.occurredOn().isAfter(f.to()))
                && (f.author() == null || f.author().isBlank() || n.author().toLowerCase(Locale.UK).contains(f.author().strip().toLowerCase(Locale.UK)))
                && (f.sensitive() == null || n.sensitive() == f.sensitive())
                && (f.text() == null || f.text().isBlank()
                    || (n.text() != null && n.text().toLowerCase(Locale.UK).contains(f.text().strip().toLowerCase(Locale.UK))));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UkDates.UK));
    }
}
