package uk.dap.server.dataprotection.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.dataprotection.application.LegalHolds;
import uk.dap.shared.api.dataprotection.LegalHoldView;
import uk.dap.shared.api.dataprotection.NewLegalHold;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** A person's legal holds: placed by a programme lead or an administrator, with the grounds and reason, audited. */
@Path("participants/{participantId}/legal-holds")
@Tag(name = "Data protection")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class LegalHoldResource {
    @Inject
    LegalHolds holds;

    @POST
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Place a legal hold on a person's records", description = "Until it is lifted, neither the retention schedule nor an erasure touches them or their children's.")
    public Response place(@PathParam("participantId") long participantId,
                          @RequiredBody(message = "Send the grounds and the reason.") @Valid NewLegalHold hold) {
        return Response.status(Response.Status.CREATED).entity(holds.place(participantId, hold)).build();
    }

    @GET
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "A person's legal holds, standing and lifted, newest first")
    public List<LegalHoldView> of(@PathParam("participantId") long participantId) {
        return holds.of(participantId);
    }
}
