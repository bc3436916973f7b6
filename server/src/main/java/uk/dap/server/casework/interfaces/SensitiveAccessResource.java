package uk.dap.server.casework.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.casework.application.CaseNotes;
import uk.dap.shared.api.casework.SensitiveAccessRequest;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** A programme lead opens a participant's sensitive notes by giving a reason; access lasts a limited time and is audited. */
@Path("participants/{participantId}/sensitive-access")
@Tag(name = "Casework")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class SensitiveAccessResource {
    @Inject
    CaseNotes notes;

    @POST
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Open a participant's sensitive notes", description = "Grants the caller access for dap.casework.sensitiveAccessSeconds "
            + "(default 3600). The grant and every sensitive note then read are audited.")
    public Response grant(@PathParam("participantId") long participantId,
                          @RequiredBody(message = "Send the reason.") @Valid SensitiveAccessRequest request) {
        return Response.status(Response.Status.CREATED).entity(notes.grantSensitiveAccess(participantId, request.reason())).build();
    }
}
