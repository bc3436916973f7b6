package uk.dap.server.casework.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.casework.application.Appointments;
import uk.dap.shared.api.casework.AppointmentMark;
import uk.dap.shared.api.casework.AppointmentView;
import uk.dap.shared.api.casework.NewAppointment;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** One-to-one sessions and home visits for a participant on the caller's caseload or in their programmes. */
@Path("participants/{participantId}/appointments")
@Tag(name = "Casework")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AppointmentResource {
    @Inject
    Appointments appointments;

    @GET
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "List a participant's appointments, latest first")
    public List<AppointmentView> list(@PathParam("participantId") long participantId) {
        return appointments.list(participantId);
    }

    @POST
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Book an appointment")
    public Response schedule(@PathParam("participantId") long participantId,
                             @RequiredBody(message = "Send the type, startsAt and withWhom.") @Valid NewAppointment appointment) {
        return Response.status(Response.Status.CREATED).entity(appointments.schedule(participantId, appointment)).build();
    }

    @PUT
    @Path("{appointmentId}/outcome")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Mark an appointment kept, missed or cancelled with notice",
            description = "Once it has started. Changing an outcome needs a reason (audited). A miss counts towards the non-engagement alert.")
    public AppointmentView mark(@PathParam("participantId") long participantId, @PathParam("appointmentId") long appointmentId,
                                @RequiredBody(message = "Send the outcome (and a reason when changing it).") @Valid AppointmentMark mark) {
        return appointments.mark(participantId, appointmentId, mark);
    }
}
