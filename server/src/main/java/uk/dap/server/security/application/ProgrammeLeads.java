package uk.dap.server.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;

/**
 * Whether someone leads a programme: the one place every use case asks (ArchitectureTest), whether to refuse a change
 * ({@link #requireLeadOf}), to scope a query ({@link #ledBy}) or to let a PIN holder open a session at the kiosk. Only
 * a programme lead's account leads anything.
 */
@ApplicationScoped
public class ProgrammeLeads {
    /** The refusal when nothing more particular needs saying. */
    public static final String ONLY_A_LEAD = "Only a lead of this programme may do this.";

    @Inject
    StaffDirectory staff;

    /** The programmes the caller leads; empty for every other role and for no caller. */
    public Set<String> ledBy(Caller caller) {
        return caller == null ? Set.of() : ledBy(caller.accountId());
    }

    /** The programmes the account leads; empty unless it is a programme lead's. */
    public Set<String> ledBy(Long accountId) {
        return staff.programmesLedBy(accountId);
    }

    public boolean leads(Caller caller, String programmeCode) {
        return ledBy(caller).contains(programmeCode);
    }

    public boolean leads(Long accountId, String programmeCode) {
        return ledBy(accountId).contains(programmeCode);
    }

    /** Refuses (403, with the sentence given) unless the caller leads the programme. */
    public void requireLeadOf(Caller caller, String programmeCode, String refusal) {
        if (!leads(caller, programmeCode)) {
            throw new DomainException(ProblemType.FORBIDDEN, refusal);
        }
    }
}
