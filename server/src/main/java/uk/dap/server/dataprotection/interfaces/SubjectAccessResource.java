package uk.dap.server.dataprotection.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import uk.dap.server.dataprotection.application.SubjectAccessRequests;
import uk.dap.shared.api.dataprotection.NewSubjectAccessRequest;
import uk.dap.shared.api.dataprotection.ReasonGiven;
import uk.dap.shared.api.dataprotection.SubjectAccessItemView;
import uk.dap.shared.api.dataprotection.SubjectAccessRequestView;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** Subject access requests: logged, listed with due dates, reviewed item by item, released as a ZIP (docs/data-protection.md). */
@Path("subject-access-requests")
@Tag(name = "Data protection")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class SubjectAccessResource {
    @Inject
    SubjectAccessRequests requests;

    @POST
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Log a subject access request", description = "Due one calendar month after the day received.")
    public Response log(@RequiredBody(message = "Send the participant's id, the day received and how identity was checked.")
                        @Valid NewSubjectAccessRequest request) {
        return Response.status(Response.Status.CREATED).entity(requests.log(request)).build();
    }

    @GET
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Subject access requests: open ones first, nearest deadline first, each with a warning as it nears")
    public List<SubjectAccessRequestView> list() {
        return requests.list();
    }

    @POST
    @Path("{id}/extension")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Extend the time limit by two further months, once, with the reason")
    public SubjectAccessRequestView extend(@PathParam("id") long id, @RequiredBody(message = "Send the reason.") @Valid ReasonGiven reason) {
        return requests.extend(id, reason.reason());
    }

    @GET
    @Path("{id}/items")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "What the pack would hold, item by item", description = "Other people's details already taken out; "
            + "each item says whether it is withheld and under which exemption.")
    public List<SubjectAccessItemView> items(@PathParam("id") long id) {
        return requests.items(id);
    }

    @POST
    @Path("{id}/items/{key}/withhold")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Withhold an item from the pack, with the exemption relied on")
    public Response withhold(@PathParam("id") long id, @PathParam("key") String key,
                             @RequiredBody(message = "Send the exemption as the reason.") @Valid ReasonGiven exemption) {
        requests.withhold(id, key, exemption.reason());
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/items/{key}/withhold")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Put a withheld item back in the pack")
    public Response include(@PathParam("id") long id, @PathParam("key") String key) {
        requests.include(id, key);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/release")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Release the pack", description = "Made now without the withheld items, kept exactly as released; once.")
    public SubjectAccessRequestView release(@PathParam("id") long id) {
        return requests.release(id);
    }

    @GET
    @Path("{id}/pack")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @Operation(summary = "The released pack: a ZIP of a readable PDF and a machine-readable JSON")
    public Response pack(@PathParam("id") long id) {
        SubjectAccessRequests.Pack pack = requests.pack(id);
        return Response.ok(pack.zip(), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + pack.fileName() + "\"").build();
    }
}
