package uk.dap.server.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import uk.dap.server.casework.domain.CaseNote;
import uk.dap.server.casework.domain.CaseNoteVersion;
import uk.dap.server.common.DomainException;
import uk.dap.server.participant.application.ParticipantAccess;
import uk.dap.server.participant.domain.Participant;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.casework.NoteType;

/**
 * Which of a participant's notes a caller reaches: the one place every note route asks (list, read, history, filters,
 * counts, writing, correcting). It builds on {@link ParticipantAccess}:
 * <ul>
 * <li>KEY_WORKER with the person on their caseload: every type except partner contact (he is theirs: they face him).</li>
 * <li>KEY_WORKER who is the partner-contact worker (assigned to someone he must be kept apart from): partner contact only.</li>
 * <li>PROGRAMME_LEAD who may see the person: every type, partner contact included (they oversee the partner work).</li>
 * <li>FACILITATOR of the person's group: group observations only; partner contact never.</li>
 * <li>Everyone else: nothing, as if the person did not exist (404).</li>
 * </ul>
 */
@ApplicationScoped
public class NoteAccess {
    private static final Set<NoteType> CASELOAD = EnumSet.complementOf(EnumSet.of(NoteType.PARTNER_CONTACT));

    @Inject
    ParticipantAccess participants;

    /** What a caller reaches of one participant's notes. */
    public record Reach(Caller caller, Access.View view, Participant participant, Set<NoteType> types) {
        public boolean covers(NoteType type) {
            return types.contains(type);
        }

        public boolean isAssignedKeyWorker() {
            return caller.accountId().equals(participant.keyWorkerId()) && view == Access.View.KEY_WORKER;
        }
    }

    public Reach reach(Caller caller, Long participantId) {
        Optional<Participant> visible = participants.find(caller, participantId);
        Access.View view = Access.view(caller).orElse(null);
        Reach reach = view == null ? null : switch (view) {
            case KEY_WORKER -> visible.map(p -> new Reach(caller, view, p, CASELOAD))
                    .or(() -> participants.findAsPartnerContactWorker(caller, participantId)
                            .map(p -> new Reach(caller, view, p, EnumSet.of(NoteType.PARTNER_CONTACT))))
                    .orElse(null);
            // Partner-contact notes only for the lead of a programme he is on, not a lead who merely created his record.
            case PROGRAMME_LEAD -> visible.map(p -> new Reach(caller, view, p, participants.leadsAProgrammeOf(caller, p)
                    ? EnumSet.allOf(NoteType.class) : CASELOAD)).orElse(null);
            case FACILITATOR -> visible.map(p -> new Reach(caller, view, p, EnumSet.of(NoteType.GROUP_OBSERVATION))).orElse(null);
            case REFERRER -> null;
        };
        if (reach == null) {
            throw new DomainException(ProblemType.NOT_FOUND, "There is no person " + Participant.reference(participantId) + " whose notes you may see.");
        }
        return reach;
    }

    /** The refusal for writing a type the caller does not reach; says the rule, never whether such notes exist. */
    public void requireWritable(Reach reach, NoteType type) {
        if (type == NoteType.PARTNER_CONTACT && reach.covers(type) && !participants.hasPartnerKeptApart(reach.participant())) {
            throw new DomainException(ProblemType.CONFLICT, "Partner-contact notes go on the record of the person on a perpetrator"
                    + " programme, once he is linked to his partner as perpetrator and victim.");
        }
        if (reach.covers(type)) {
            return;
        }
        String why = switch (reach.view()) {
            case FACILITATOR -> "Facilitators write group observations only.";
            case KEY_WORKER -> type == NoteType.PARTNER_CONTACT
                    ? "Partner-contact notes are written by the partner's worker or the programme lead, never by his own key worker."
                    : "As the partner-contact worker you write partner-contact notes only.";
            default -> "You may not write this type of note.";
        };
        throw new DomainException(ProblemType.FORBIDDEN, why);
    }

    /**
     * How the caller may open a sensitive note's text, or null when they may not without a grant: the author of a
     * sensitive version, or the person's assigned key worker. A lead's grant is checked by the caller of this method.
     */
    public String openBasis(Reach reach, CaseNote note, Iterable<CaseNoteVersion> versions) {
        // Only someone who wrote sensitive words: an earlier author of plain text does not keep reading once another
        // worker has added sensitive detail and marked the note.
        for (CaseNoteVersion v : versions) {
            if (v.sensitive() && reach.caller().accountId().equals(v.authorId())) {
                return "as author";
            }
        }
        return reach.isAssignedKeyWorker() && reach.covers(note.type()) ? "as key worker" : null;
    }
}
