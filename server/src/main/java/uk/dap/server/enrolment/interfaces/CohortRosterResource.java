package uk.dap.server.enrolment.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.enrolment.application.CohortRosters;
import uk.dap.shared.api.cohort.CohortRoster;
import uk.dap.shared.security.Roles;

/**
 * Who holds a place in a cohort and who waits: under the cohort's address, kept by enrolment, which holds the places
 * (the cohort capability does not reach into enrolments).
 */
@Path("cohorts/{id}/roster")
@Tag(name = "Cohorts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class CohortRosterResource {
    @Inject
    CohortRosters rosters;

    @GET
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.FACILITATOR})
    @Operation(summary = "Who is enrolled and who waits", description = "The waiting list, in referral order, is for the lead only.")
    public CohortRoster roster(@PathParam("id") long id) {
        return rosters.roster(id);
    }
}
