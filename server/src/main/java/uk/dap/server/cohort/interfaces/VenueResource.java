package uk.dap.server.cohort.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import uk.dap.shared.validation.RequiredBody;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.cohort.application.Venues;
import uk.dap.shared.api.NewVenue;
import uk.dap.shared.api.VenueView;
import uk.dap.shared.security.Roles;

/** Venues where groups meet. */
@Path("venues")
@Tag(name = "Venues")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class VenueResource {
    @Inject
    Venues venues;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_LEAD, Roles.FACILITATOR, Roles.KEY_WORKER})
    @Operation(summary = "List venues")
    public List<VenueView> list() {
        return venues.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Add a venue")
    public Response create(@RequiredBody(message = "Send a JSON body with the venue's name.") @Valid NewVenue request) {
        return Response.status(Response.Status.CREATED).entity(venues.create(request)).build();
    }
}
