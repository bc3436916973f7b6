package uk.dap.server.cohort.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.cohort.application.Alerts;
import uk.dap.shared.api.cohort.AlertView;
import uk.dap.shared.security.Roles;

/** Alerts for the people they are for: leads by programme, key workers for their caseload. */
@Path("alerts")
@Tag(name = "Alerts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AlertResource {
    @Inject
    Alerts alerts;

    @GET
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.KEY_WORKER})
    @Operation(summary = "List my alerts", description = "Newest first.")
    public List<AlertView> list() {
        return alerts.forCaller();
    }
}
