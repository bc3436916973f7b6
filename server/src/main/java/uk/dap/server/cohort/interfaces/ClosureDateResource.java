package uk.dap.server.cohort.interfaces;

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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.cohort.application.ClosureDates;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.cohort.ClosureDate;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** Days no group meets (bank holidays, closures); new schedules skip them. */
@Path("closure-dates")
@Tag(name = "Cohorts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ClosureDateResource {
    @Inject
    ClosureDates closures;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_LEAD, Roles.FACILITATOR, Roles.KEY_WORKER})
    @Operation(summary = "List closure dates")
    public List<ClosureDate> list() {
        return closures.list();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Add a closure date", description = "Existing schedules are not changed; move or cancel the sessions concerned.")
    public Response add(@RequiredBody(message = "Send a JSON body with the date and a description.") @Valid ClosureDate closure) {
        return Response.status(Response.Status.CREATED).entity(closures.add(closure)).build();
    }

    @DELETE
    @Path("{date}")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Remove a closure date")
    public Response remove(@PathParam("date") String date) {
        try {
            closures.remove(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "Give the date as YYYY-MM-DD.");
        }
        return Response.noContent().build();
    }
}
