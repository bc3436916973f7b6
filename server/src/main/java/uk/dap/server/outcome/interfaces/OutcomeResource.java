package uk.dap.server.outcome.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.outcome.application.Outcomes;
import uk.dap.shared.api.outcome.OutcomeChange;
import uk.dap.shared.api.outcome.OutcomeView;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** The outcome at the end of an enrolment: children's social care status at the start and end, summary, post-programme support. */
@Path("enrolments/{id}/outcome")
@Tag(name = "Outcomes")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class OutcomeResource {
    @Inject
    Outcomes outcomes;

    @GET
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.KEY_WORKER, Roles.REFERRER})
    @Operation(summary = "Read the outcome", description = "recorded=false until a worker records it (the children then show today's "
            + "status). The referrer of the referral reads it without the summary.")
    public OutcomeView read(@PathParam("id") long id) {
        return outcomes.read(id);
    }

    @PUT
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.KEY_WORKER})
    @Operation(summary = "Record or update the outcome", description = "Only once the enrolment is completed or withdrawn (409 otherwise). "
            + "The children's end status is their status on the participant's record now; New Beginnings needs childrenAtHome for every child.")
    public OutcomeView record(@PathParam("id") long id,
                              @RequiredBody(message = "Send a JSON body with the summary and the support.") @Valid OutcomeChange change) {
        return outcomes.record(id, change);
    }
}
