package uk.dap.server.report.referrals.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.report.referrals.application.MyReferrals;
import uk.dap.shared.api.report.MyReferral;
import uk.dap.shared.security.Roles;

/** A referring social worker's own referrals. */
@Path("reports/my-referrals")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class MyReferralsResource {
    @Inject
    MyReferrals referrals;

    @GET
    @RolesAllowed(Roles.REFERRER)
    @Operation(summary = "The caller's own referrals, newest first, with stage and attendance rate",
            description = "Referrers only (403 for other roles: leads have the completion report, key workers their caseload).")
    public List<MyReferral> list() {
        return referrals.list();
    }
}
