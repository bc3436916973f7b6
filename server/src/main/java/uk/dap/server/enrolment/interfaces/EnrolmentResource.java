package uk.dap.server.enrolment.interfaces;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.enrolment.application.Completion;
import uk.dap.server.enrolment.application.Enrolments;
import uk.dap.shared.api.outcome.CompletionAssessment;
import uk.dap.shared.api.outcome.CompletionConfirmation;
import uk.dap.shared.api.referral.EnrolmentView;
import uk.dap.shared.api.referral.Placement;
import uk.dap.shared.api.referral.Transfer;
import uk.dap.shared.api.referral.Withdrawal;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/**
 * Moving an eligible referral into a cohort, off it, or to completion (by the programme's rule). Illegal moves are 409
 * with the allowed states.
 */
@Path("enrolments")
@Tag(name = "Enrolments")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class EnrolmentResource {
    @Inject
    Enrolments enrolments;
    @Inject
    Completion completion;

    @POST
    @Path("{id}/placement")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Place in a cohort", description = "Enrolled if a place is free and nobody waits, otherwise on the waiting list; "
            + "someone waiting is enrolled once a place has been offered to them. 409 separation-rule when safety rule 1 refuses.")
    public EnrolmentView place(@PathParam("id") long id, @RequiredBody(message = "Send a JSON body with the cohortId.") @Valid Placement placement) {
        return enrolments.place(id, placement.cohortId());
    }

    @DELETE
    @Path("{id}/placement")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Undo a placement", description = "Back to accepted and waiting for a place, as before it: someone on a "
            + "cohort's waiting list leaves it; someone enrolled, as long as their group has not met since they were placed and no "
            + "register has a mark for them. Their place is offered to the next person waiting. 409 illegal-transition otherwise.")
    public EnrolmentView undoPlacement(@PathParam("id") long id) {
        return enrolments.undoPlacement(id);
    }

    @POST
    @Path("{id}/transfer")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Move to another cohort", description = "An enrolled person moves to another cohort of their programme from "
            + "today, with a reason; the attendance they had still counts. 409 cohort-rule when the cohort runs another programme, is "
            + "full or has no session left; 409 separation-rule when safety rule 1 refuses; 409 illegal-transition for someone not enrolled.")
    public EnrolmentView transfer(@PathParam("id") long id, @RequiredBody(message = "Send a JSON body with the cohortId and the reason.") @Valid Transfer transfer) {
        return enrolments.transfer(id, transfer);
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.KEY_WORKER})
    @Operation(summary = "Withdraw", description = "With a reason code and a note; a freed place is offered to the next person waiting.")
    public EnrolmentView withdraw(@PathParam("id") long id, @RequiredBody(message = "Send a JSON body with the reason.") @Valid Withdrawal withdrawal) {
        return enrolments.withdraw(id, withdrawal);
    }

    @GET
    @Path("{id}/completion-assessment")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.KEY_WORKER})
    @Operation(summary = "Assess completion", description = "The programme's completion rule over this person's attendance: "
            + "met or not, each condition with its figures. Cancelled sessions do not count; excused absences count as not attended.")
    public CompletionAssessment assess(@PathParam("id") long id) {
        return completion.assess(id);
    }

    @POST
    @Path("{id}/completion")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Confirm completion", description = "Only when the programme's completion rule is met: otherwise 409 "
            + "completion-rule naming each condition not met. The body is optional: {\"completedOn\": \"2026-11-23\"}, today when absent.")
    public EnrolmentView complete(@PathParam("id") long id, CompletionConfirmation confirmation) {
        return enrolments.complete(id, confirmation);
    }
}
