package uk.dap.server.enrolment.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.enrolment.application.Enrolments;
import uk.dap.shared.api.referral.EnrolmentView;
import uk.dap.shared.api.referral.Placement;
import uk.dap.shared.api.referral.Withdrawal;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** Moving an eligible referral into a cohort, off it, or to completion. Illegal moves are 409 with the allowed states. */
@Path("enrolments")
@Tag(name = "Enrolments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class EnrolmentResource {
    @Inject
    Enrolments enrolments;

    @POST
    @Path("{id}/placement")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Place in a cohort", description = "Enrolled if a place is free and nobody waits, otherwise on the waiting list; "
            + "someone waiting is enrolled once a place has been offered to them. 409 separation-rule when safety rule 1 refuses.")
    public EnrolmentView place(@PathParam("id") long id, @RequiredBody(message = "Send a JSON body with the cohortId.") @Valid Placement placement) {
        return enrolments.place(id, placement.cohortId());
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.KEY_WORKER})
    @Operation(summary = "Withdraw", description = "With a reason code and a note; a freed place is offered to the next person waiting.")
    public EnrolmentView withdraw(@PathParam("id") long id, @RequiredBody(message = "Send a JSON body with the reason.") @Valid Withdrawal withdrawal) {
        return enrolments.withdraw(id, withdrawal);
    }

    @POST
    @Path("{id}/completion")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Record completion")
    public EnrolmentView complete(@PathParam("id") long id) {
        return enrolments.complete(id);
    }
}
