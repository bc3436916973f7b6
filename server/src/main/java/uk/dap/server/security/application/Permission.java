package uk.dap.server.security.application;

import java.util.EnumSet;
import java.util.Set;
import uk.dap.shared.security.Role;

/**
 * What a use case lets a role do beyond seeing a record: the one table of who may do what (docs/security.md). A use
 * case asks {@link Access#require} or {@link Access#may}; it never compares roles itself (ArchitectureTest). The REST
 * gate's {@code @RolesAllowed} is a coarser first line that turns away roles that never may knock; the portal and the
 * import call the use cases directly, so the use case's permission is the one that decides.
 */
public enum Permission {
    /** Change a cohort: its schedule, venue, places and the people placed in it. */
    MANAGE_COHORTS("Only the programme lead may change a cohort.", Role.PROGRAMME_LEAD),
    /** See who is waiting for a cohort and in which order. */
    SEE_WAITING_LIST("Only the programme lead sees the waiting list.", Role.PROGRAMME_LEAD),
    /** Correct or end a link that keeps two people apart; decide whether two records are one person. */
    DECIDE_WHO_IS_KEPT_APART("Only a programme lead decides whom the separation rule keeps apart.", Role.PROGRAMME_LEAD),
    /** Open a person's sensitive notes with a reason, for a while. */
    OPEN_SENSITIVE_NOTES("Only a programme lead opens sensitive notes with a reason.", Role.PROGRAMME_LEAD),
    /** Generate and export completion reports (for the programmes they lead). */
    READ_COMPLETION_REPORTS("Completion reports are for programme leads.", Role.PROGRAMME_LEAD),
    /** See the completion assessment of an enrolment. */
    ASSESS_COMPLETION("Only the programme's lead and the key worker see the completion assessment.", Role.PROGRAMME_LEAD, Role.KEY_WORKER),
    /** Record an enrolment's outcome (a lead only for the programmes they lead). */
    RECORD_OUTCOMES("Only the key worker and the programme's lead record the outcome.", Role.PROGRAMME_LEAD, Role.KEY_WORKER),
    /** Record a withdrawal (a lead only for the programmes they lead). */
    WITHDRAW("Only the key worker and the programme's lead record a withdrawal.", Role.PROGRAMME_LEAD, Role.KEY_WORKER),
    /** See New Beginnings' one-to-one records. */
    SEE_ONE_TO_ONE("Only the key worker and the lead of New Beginnings see one-to-one records.", Role.KEY_WORKER, Role.PROGRAMME_LEAD),
    /** See questionnaire answers item by item, not only the scores. */
    SEE_ANSWERS("Only the key worker and the programme lead see questionnaire answers.", Role.KEY_WORKER, Role.PROGRAMME_LEAD),
    /** Hold a caseload: a new record made by such a caller is theirs to key-work unless another key worker is named. */
    HOLD_A_CASELOAD("Only a key worker holds a caseload.", Role.KEY_WORKER),
    /** Use the web portal (docs/portal.md): the referring agencies' door; the service's own staff use the staff client. */
    USE_THE_PORTAL("This portal is for referring agencies. Your role uses the staff client.", Role.REFERRER),
    /** Refer on one's own account, from another agency (never a self-referral; staff enter those). */
    REFER_FROM_AN_AGENCY("Only a referrer refers from another agency.", Role.REFERRER),
    /** Bring a service's history in from its spreadsheets, and take it away again (docs/import.md). */
    IMPORT_HISTORY("Only a programme lead or an administrator imports a service's history.", Role.PROGRAMME_LEAD, Role.ADMIN),
    /** Change the retention schedule, run it, and see what falls due (docs/data-protection.md). */
    MANAGE_RETENTION("Only an administrator manages the retention schedule.", Role.ADMIN),
    /** Place or lift a legal hold on a person's records (a lead only on people they may see). */
    PLACE_LEGAL_HOLDS("Only a programme lead or an administrator places or lifts a legal hold.", Role.PROGRAMME_LEAD, Role.ADMIN),
    /** Ask for a person's records to be erased, for another worker to approve. */
    REQUEST_ERASURE("Only the key worker or a programme lead asks for a person's records to be erased.", Role.KEY_WORKER, Role.PROGRAMME_LEAD),
    /** Approve or refuse someone else's request to erase a person's records. */
    APPROVE_ERASURE("Only a programme lead or an administrator approves an erasure.", Role.PROGRAMME_LEAD, Role.ADMIN),
    /** Log a subject access request, extend its time limit, and see the list with due dates (no case records). */
    LOG_SUBJECT_ACCESS("Only a programme lead or an administrator logs subject access requests.", Role.PROGRAMME_LEAD, Role.ADMIN),
    /** Review a subject access pack item by item, withhold an item under an exemption, release it (a lead who may see the person). */
    REVIEW_SUBJECT_ACCESS("Only a programme lead reviews and releases a subject access pack: it holds the person's case records.", Role.PROGRAMME_LEAD),
    /** Open a group's session at the kiosk with a PIN (a facilitator of the cohort or a lead of its programme). */
    OPEN_SESSIONS("Only its facilitators and programme lead can open a session.", Role.FACILITATOR, Role.PROGRAMME_LEAD);

    private final String refusal;
    private final Set<Role> roles;

    Permission(String refusal, Role first, Role... rest) {
        this.refusal = refusal;
        this.roles = EnumSet.of(first, rest);
    }

    /** The sentence a caller who may not gets (403). */
    public String refusal() {
        return refusal;
    }

    boolean allows(Role role) {
        return role != null && roles.contains(role);
    }
}
