package uk.dap.server.cohort.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.cohort.application.Cohorts;
import uk.dap.server.common.DomainException;
import uk.dap.server.infrastructure.rest.Paging;
import uk.dap.shared.api.cohort.CohortView;
import uk.dap.shared.api.cohort.FacilitatorChange;
import uk.dap.shared.api.cohort.NewCohort;
import uk.dap.shared.api.cohort.SessionCancellation;
import uk.dap.shared.api.cohort.SessionChange;
import uk.dap.shared.api.cohort.VenueChange;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** Cohorts with their weekly sessions (the roster, who holds a place, is enrolment's: CohortRosterResource). */
@Path("cohorts")
@Tag(name = "Cohorts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class CohortResource {
    @Inject
    Cohorts cohorts;

    @POST
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Create a cohort", description = "Schedules one session a week for the programme's length, skipping closure dates.")
    public Response create(@RequiredBody(message = "Send a JSON body describing the cohort.") @Valid NewCohort request) {
        return Response.status(Response.Status.CREATED).entity(cohorts.create(request)).build();
    }

    @GET
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.FACILITATOR})
    @Operation(summary = "List cohorts", description = "A lead sees their programmes' cohorts, a facilitator those they facilitate."
            + " when: open (current or upcoming; the default), current (started, and not over by more than 28 days: late"
            + " registers still come in), upcoming, finished or all. Open, current and upcoming come soonest first, finished"
            + " and all newest first. limit: 1 to 500 (default 100); offset pages on."
            + " The header X-Total-Count says how many the whole list holds.")
    @APIResponse(responseCode = "200", description = "One page of the list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = CohortView.class)))
    public Response list(@QueryParam("programme") String programme, @QueryParam("when") @DefaultValue("open") String when,
                         @QueryParam("limit") @DefaultValue("100") Integer limit, @QueryParam("offset") @DefaultValue("0") Integer offset) {
        Paging.require(limit, MAX_LIMIT, offset);
        Cohorts.Listing listing = cohorts.list(programme, period(when), limit, offset);
        return Paging.page(listing.cohorts(), listing.total());
    }

    static final int MAX_LIMIT = 500;

    private static Cohorts.Period period(String when) {
        try {
            return Cohorts.Period.valueOf(when.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.field("when", "Give when as open, current, upcoming, finished or all.");
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.FACILITATOR})
    @Operation(summary = "Read a cohort with its schedule")
    public CohortView read(@PathParam("id") long id) {
        return cohorts.read(id);
    }

    @PUT
    @Path("{id}/sessions/{sessionId}")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Move a session", description = "To another day, time or venue. 409 separation-rule if it would bring linked people together.")
    public CohortView moveSession(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
                                  @RequiredBody(message = "Send a JSON body with the new date and start time.") @Valid SessionChange change) {
        return cohorts.moveSession(id, sessionId, change);
    }

    @POST
    @Path("{id}/sessions/{sessionId}/cancellation")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Cancel a session", description = "A replacement is added after the last session, so the schedule keeps the programme's length.")
    public CohortView cancelSession(@PathParam("id") long id, @PathParam("sessionId") long sessionId,
                                    @RequiredBody(message = "Send a JSON body with the reason.") @Valid SessionCancellation cancellation) {
        return cohorts.cancelSession(id, sessionId, cancellation.reason());
    }

    @PUT
    @Path("{id}/venue")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Move the cohort to another venue", description = "Sessions from today on move with it.")
    public CohortView changeVenue(@PathParam("id") long id,
                                  @RequiredBody(message = "Send a JSON body with the venueId.") @Valid VenueChange change) {
        return cohorts.changeVenue(id, change);
    }

    @PUT
    @Path("{id}/facilitators")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Change the cohort's facilitators", description = "The whole list from now on, at least as many as the "
            + "programme needs. 409 separation-rule if one of them also runs the group of someone kept apart from a member.")
    public CohortView changeFacilitators(@PathParam("id") long id,
                                         @RequiredBody(message = "Send a JSON body with facilitatorIds.") @Valid FacilitatorChange change) {
        return cohorts.changeFacilitators(id, change);
    }
}
