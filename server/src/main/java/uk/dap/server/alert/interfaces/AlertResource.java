package uk.dap.server.alert.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.alert.application.Alerts;
import uk.dap.shared.api.cohort.AlertAcknowledgement;
import uk.dap.shared.api.cohort.AlertView;
import uk.dap.shared.validation.RequiredBody;
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
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.KEY_WORKER, Roles.REFERRER})
    @Operation(summary = "List my alerts", description = "Newest first. Referrers see non-engagement of the people they referred.")
    public List<AlertView> list() {
        return alerts.forCaller();
    }

    @POST
    @Path("{id}/acknowledgement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.KEY_WORKER, Roles.REFERRER})
    @Operation(summary = "Acknowledge an alert with a note of what was done")
    public AlertView acknowledge(@PathParam("id") long id,
                                 @RequiredBody(message = "Send a note of what was done.") @Valid AlertAcknowledgement acknowledgement) {
        return alerts.acknowledge(id, acknowledgement.note());
    }
}
