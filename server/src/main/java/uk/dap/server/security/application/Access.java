package uk.dap.server.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.security.Role;

/**
 * Who may do what, asked by every use case: what a role may do ({@link Permission}), which view of the records it
 * gets ({@link View}, from which the scopes of {@code ParticipantAccess} and the redactions follow), and whether it
 * leads the programme in question ({@link ProgrammeLeads}). No class outside {@code security} compares roles
 * (ArchitectureTest), so a new front door cannot grant what the API refuses.
 */
@ApplicationScoped
public class Access {
    @Inject
    ProgrammeLeads leads;
    @Inject
    StaffDirectory staff;

    /**
     * The view of case records a caller gets. Each names the records it reaches: a referrer their own referrals and
     * the people in them, a facilitator the people in their cohorts, a key worker their caseload, a lead the people
     * referred to the programmes they lead. Administrators and kiosks get none: they see no case data.
     */
    public enum View { REFERRER, FACILITATOR, KEY_WORKER, PROGRAMME_LEAD }

    /** The caller's view of case records; empty for administrators, kiosks and no caller. */
    public static Optional<View> view(Caller caller) {
        if (caller == null || caller.accountId() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (caller.role()) {
            case REFERRER -> View.REFERRER;
            case FACILITATOR -> View.FACILITATOR;
            case KEY_WORKER -> View.KEY_WORKER;
            case PROGRAMME_LEAD -> View.PROGRAMME_LEAD;
            default -> null;
        });
    }

    /** Whether the caller has the view (a shorthand for the many rules that hold for one view only). */
    public static boolean hasView(Caller caller, View view) {
        return view(caller).filter(v -> v == view).isPresent();
    }

    /**
     * Whether the caller gets the restricted view of a case (a referrer in another agency, or nobody known): how the
     * person is getting on, never the workers' reasoning and words. Every view that leaves something out asks this.
     */
    public static boolean restricted(Caller caller) {
        return caller == null || caller.role() == Role.REFERRER;
    }

    public boolean may(Caller caller, Permission permission) {
        return caller != null && permission.allows(caller.role());
    }

    /** Refuses (403, with the permission's sentence) unless the caller may. */
    public void require(Caller caller, Permission permission) {
        require(caller, permission, permission.refusal());
    }

    /** Refuses (403, with the sentence given, which says why in the words of the use case) unless the caller may. */
    public void require(Caller caller, Permission permission, String refusal) {
        if (!may(caller, permission)) {
            throw new DomainException(ProblemType.FORBIDDEN, refusal);
        }
    }

    /**
     * Refuses unless the caller may do this for a record of the programme: with the permission, and, when they act as
     * its lead, leading that programme ({@link ProgrammeLeads#ONLY_A_LEAD}).
     */
    public void requireFor(Caller caller, Permission permission, String programmeCode) {
        require(caller, permission);
        if (hasView(caller, View.PROGRAMME_LEAD)) {
            leads.requireLeadOf(caller, programmeCode, ProgrammeLeads.ONLY_A_LEAD);
        }
    }

    /** Whether a PIN holder may open a session of a cohort with these facilitators, running this programme. */
    public boolean mayOpenSession(KioskPins.PinHolder holder, Collection<Long> facilitatorIds, String programmeCode) {
        if (holder == null || !Permission.OPEN_SESSIONS.allows(holder.role())) {
            return false;
        }
        return holder.role() == Role.PROGRAMME_LEAD ? leads.leads(holder.accountId(), programmeCode) : facilitatorIds.contains(holder.accountId());
    }

    /** Whether the account may be named as someone's key worker: an enabled key worker's. */
    public boolean isActiveKeyWorker(Long accountId) {
        return staff.hasActiveRole(accountId, Role.KEY_WORKER);
    }

    /** Whether the account may be named as a cohort's facilitator: an enabled facilitator's. */
    public boolean isActiveFacilitator(Long accountId) {
        return staff.hasActiveRole(accountId, Role.FACILITATOR);
    }

    /** The caller's role in words, as printed on what they produce ("key worker", "referring social worker"). */
    public static String roleInWords(Caller caller) {
        return switch (caller.role()) {
            case KEY_WORKER -> "key worker";
            case PROGRAMME_LEAD -> "programme lead";
            case REFERRER -> "referring social worker";
            default -> caller.role().label().toLowerCase();
        };
    }
}
