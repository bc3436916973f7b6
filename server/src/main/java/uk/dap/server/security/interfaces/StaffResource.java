package uk.dap.server.security.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.common.DomainException;
import uk.dap.server.security.application.StaffAccounts;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.StaffRef;
import uk.dap.shared.security.Role;
import uk.dap.shared.security.Roles;

/** Colleagues by role, names only: for choosing facilitators and key workers. */
@Path("staff")
@Tag(name = "Staff")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class StaffResource {
    @Inject
    StaffAccounts accounts;

    @GET
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.KEY_WORKER})
    @Operation(summary = "List active facilitators or key workers", description = "role=FACILITATOR or role=KEY_WORKER.")
    public List<StaffRef> list(@QueryParam("role") String role) {
        if (!"FACILITATOR".equals(role) && !"KEY_WORKER".equals(role)) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Ask for role=FACILITATOR or role=KEY_WORKER.");
        }
        return accounts.withRole(Role.valueOf(role));
    }
}
