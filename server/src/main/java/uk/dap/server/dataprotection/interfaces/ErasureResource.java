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
import uk.dap.server.dataprotection.application.Erasures;
import uk.dap.shared.api.dataprotection.ErasureRequestView;
import uk.dap.shared.api.dataprotection.NewErasureRequest;
import uk.dap.shared.api.dataprotection.ReasonGiven;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** Erasure on request: asked for by one worker, approved (and carried out at once) or refused by another. */
@Path("erasure-requests")
@Tag(name = "Data protection")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ErasureResource {
    @Inject
    Erasures erasures;

    @POST
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Ask for a person's records to be erased", description = "Refused while a legal hold stands or the person is still on a programme.")
    public Response request(@RequiredBody(message = "Send the participant's id and the reason.") @Valid NewErasureRequest request) {
        return Response.status(Response.Status.CREATED).entity(erasures.request(request.participantId(), request.reason())).build();
    }

    @GET
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Erasure requests, waiting first", description = "Of people the caller may see; an administrator sees all.")
    public List<ErasureRequestView> list() {
        return erasures.list();
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Approve an erasure: the person's records are anonymised at once",
            description = "Never by the worker who asked; refused while a legal hold stands.")
    public ErasureRequestView approve(@PathParam("id") long id, @RequiredBody(message = "Send the reason.") @Valid ReasonGiven reason) {
        return erasures.approve(id, reason.reason());
    }

    @POST
    @Path("{id}/refuse")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Refuse an erasure, with the reason")
    public ErasureRequestView refuse(@PathParam("id") long id, @RequiredBody(message = "Send the reason.") @Valid ReasonGiven reason) {
        return erasures.refuse(id, reason.reason());
    }
}
