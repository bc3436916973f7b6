package uk.dap.server.audit.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.audit.application.AuditQueries;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.infrastructure.rest.Paging;
import uk.dap.shared.api.AuditEntryView;
import uk.dap.shared.api.AuditVerification;
import uk.dap.shared.security.Roles;

/** The audit trail, read-only, for administrators. */
@Path("audit")
@Tag(name = "Administration")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AuditResource {
    @Inject
    AuditQueries queries;
    @Inject
    AuditTrail audit;

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Read the audit trail, newest first", description = "limit: 1 to 1000 (default 100); beforeSeq pages back.")
    public List<AuditEntryView> entries(
            @QueryParam("limit") @DefaultValue("100") Integer limit,
            @QueryParam("beforeSeq") Long beforeSeq) {
        Paging.requireLimit(limit, 1000);
        return queries.newest(limit, beforeSeq);
    }

    @GET
    @Path("verification")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Check the audit chain", description = "Recomputes every entry's hash and link; "
            + "reports the first entry that was changed, removed or cut off.")
    public AuditVerification verify() {
        AuditVerification result = queries.verify();
        audit.recordAlone("VERIFY", "AuditTrail", null, result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE, result.finding());
        return result;
    }
}
