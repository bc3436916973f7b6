package uk.dap.server.evaluation.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.evaluation.application.KioskQuestionnaires;
import uk.dap.shared.api.evaluation.KioskDue;
import uk.dap.shared.api.evaluation.KioskQuestionnaire;
import uk.dap.shared.api.evaluation.KioskResponse;
import uk.dap.shared.api.evaluation.ResponseAck;
import uk.dap.shared.api.evaluation.ResponseBatch;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** What a kiosk may do with questionnaires: what is due on today's roster, one questionnaire, and posting answers. */
@Path("kiosk/questionnaires")
@Tag(name = "Kiosk")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class KioskQuestionnaireResource {
    @Inject
    KioskQuestionnaires questionnaires;

    @GET
    @Path("sessions/{sessionId}")
    @RolesAllowed(Roles.KIOSK)
    @Operation(summary = "Questionnaires due today for people on an opened session's roster")
    public List<KioskDue> due(@PathParam("sessionId") long sessionId) {
        return questionnaires.due(sessionId);
    }

    @GET
    @Path("sessions/{sessionId}/people/{enrolmentId}/{instrument}")
    @RolesAllowed(Roles.KIOSK)
    @Operation(summary = "One due questionnaire, in the participant's language",
            description = "?child={childId} for a children's questionnaire answered by one of the children who came with her.")
    public KioskQuestionnaire questionnaire(@PathParam("sessionId") long sessionId, @PathParam("enrolmentId") long enrolmentId,
                                            @PathParam("instrument") String instrument, @QueryParam("child") Long child) {
        return questionnaires.questionnaire(sessionId, enrolmentId, instrument, child);
    }

    @POST
    @Path("responses")
    @RolesAllowed(Roles.KIOSK)
    @Operation(summary = "Post a questionnaire's answers", description = "Idempotent on the kiosk-made id: a repeat answers DUPLICATE.")
    public ResponseAck respond(@RequiredBody(message = "Send the response.") @Valid KioskResponse response) {
        return questionnaires.store(response);
    }

    @POST
    @Path("responses/batch")
    @RolesAllowed(Roles.KIOSK)
    @Operation(summary = "Send queued responses", description = "At most 100; one acknowledgement each, in order.")
    public List<ResponseAck> respondBatch(@RequiredBody(message = "Send the queued responses.") @Valid ResponseBatch batch) {
        return questionnaires.store(batch.responses());
    }
}
