package uk.dap.server.progress.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.progress.application.ProgressPages;
import uk.dap.shared.api.progress.ParticipantProgress;
import uk.dap.shared.security.Roles;

/** A participant's progress page. */
@Path("participants/{id}/progress")
@Tag(name = "Progress")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class ProgressResource {
    @Inject
    ProgressPages pages;

    @GET
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD, Roles.REFERRER})
    @Operation(summary = "A participant's progress on each programme",
            description = "Key worker (caseload), programme lead (their programmes' enrolments) and referrer (their own referrals, restricted)."
                    + " Facilitators are refused (403): the registers are theirs.")
    public ParticipantProgress progress(@PathParam("id") long id) {
        return pages.progress(id);
    }
}
