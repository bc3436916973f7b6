package uk.dap.server.attendance.interfaces;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.attendance.application.Registers;
import uk.dap.shared.api.attendance.RegisterMark;
import uk.dap.shared.api.attendance.SessionRegister;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** A session's register for its facilitators and programme lead. */
@Path("sessions")
@Tag(name = "Attendance")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class RegisterResource {
    @Inject
    Registers registers;

    @GET
    @Path("{id}/register")
    @RolesAllowed({Roles.FACILITATOR, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Read a session's register")
    public SessionRegister register(@PathParam("id") long id) {
        return registers.register(id);
    }

    @GET
    @Path("{id}/register/paper")
    @Produces("application/pdf")
    @RolesAllowed({Roles.FACILITATOR, Roles.PROGRAMME_LEAD})
    @Operation(summary = "A blank register to print (PDF)", description = "For when the kiosk or the network is down: the people the kiosk"
            + " would list for the session, by first name and initial only, with a box to tick, the time they came and a remark. Audited.")
    public Response paper(@PathParam("id") long id) {
        return Response.ok(registers.paper(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"register-session-" + id + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    @PUT
    @Path("{id}/register/{enrolmentId}")
    @RolesAllowed({Roles.FACILITATOR, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Mark one person", description = "After the register is closed this is a correction: give a reason (audited).")
    public SessionRegister mark(@PathParam("id") long id, @PathParam("enrolmentId") long enrolmentId,
                                @RequiredBody(message = "Send the status (and a reason after closing).") @Valid RegisterMark mark) {
        return registers.mark(id, enrolmentId, mark);
    }

    @PUT
    @Path("{id}/register/{enrolmentId}/children/{childId}")
    @RolesAllowed({Roles.FACILITATOR, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Mark a child who came with their mother (DART)", description = "The child must be one of the children on "
            + "the mother's referral. A child's mark changes none of the mother's figures. After the register is closed give a reason.")
    public SessionRegister markChild(@PathParam("id") long id, @PathParam("enrolmentId") long enrolmentId, @PathParam("childId") long childId,
                                     @RequiredBody(message = "Send the status (and a reason after closing).") @Valid RegisterMark mark) {
        return registers.markChild(id, enrolmentId, childId, mark);
    }

    @POST
    @Path("{id}/register/closure")
    @RolesAllowed({Roles.FACILITATOR, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Close the register", description = "Anyone unmarked is marked absent; unexplained absences in a row raise alerts.")
    public SessionRegister close(@PathParam("id") long id) {
        return registers.close(id);
    }
}
