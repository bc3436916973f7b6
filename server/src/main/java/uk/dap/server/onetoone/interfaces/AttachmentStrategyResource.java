package uk.dap.server.onetoone.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.onetoone.application.NewBeginnings;
import uk.dap.shared.api.onetoone.AttachmentStrategyChange;
import uk.dap.shared.api.onetoone.AttachmentStrategyView;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** The configurable list of attachment strategies: read by key workers and leads, changed by a lead of New Beginnings. */
@Path("attachment-strategies")
@Tag(name = "New Beginnings records")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AttachmentStrategyResource {
    @Inject
    NewBeginnings records;

    @GET
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "List attachment strategies", description = "Retired ones too (active=false), for old records.")
    public List<AttachmentStrategyView> list() {
        return records.strategyList();
    }

    @POST
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Add an attachment strategy", description = "Lead of New Beginnings only; labels are unique.")
    public Response add(@RequiredBody(message = "Send a JSON body with the label.") @Valid AttachmentStrategyChange change) {
        return Response.status(Response.Status.CREATED).entity(records.addStrategy(change)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Rename or retire an attachment strategy", description = "active=false retires it: old interviews keep it.")
    public AttachmentStrategyView change(@PathParam("id") long id,
                                         @RequiredBody(message = "Send a JSON body with the label.") @Valid AttachmentStrategyChange change) {
        return records.changeStrategy(id, change);
    }
}
