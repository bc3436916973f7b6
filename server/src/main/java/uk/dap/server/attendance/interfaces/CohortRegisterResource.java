package uk.dap.server.attendance.interfaces;

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
import uk.dap.server.attendance.application.Registers;
import uk.dap.shared.api.attendance.CohortRegister;
import uk.dap.shared.security.Roles;

/**
 * A cohort's register, participants by week: under the cohort's address, kept by attendance (the cohort capability
 * does not reach into registers).
 */
@Path("cohorts/{id}/register")
@Tag(name = "Attendance")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class CohortRegisterResource {
    @Inject
    Registers registers;

    @GET
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.FACILITATOR})
    @Operation(summary = "The cohort's register", description = "Participants by week with each status and attendance rate; cancelled sessions do not count.")
    public CohortRegister register(@PathParam("id") long id) {
        return registers.cohortRegister(id);
    }
}
