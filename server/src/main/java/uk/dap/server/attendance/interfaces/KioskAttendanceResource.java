package uk.dap.server.attendance.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.attendance.application.KioskAttendance;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.KioskRegistry;
import uk.dap.server.security.domain.Kiosk;
import uk.dap.shared.api.KioskIdentity;
import uk.dap.shared.api.attendance.KioskRoster;
import uk.dap.shared.api.attendance.KioskSession;
import uk.dap.shared.api.attendance.KioskSignIn;
import uk.dap.shared.api.attendance.SessionOpening;
import uk.dap.shared.api.attendance.SignInAck;
import uk.dap.shared.api.attendance.SignInBatch;
import uk.dap.shared.api.attendance.StaffCheck;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/**
 * What a kiosk may do: today's sessions at its venue, opening one with a PIN, its roster, and sign-ins. One instance
 * serves every request (it holds no request state; the caller comes from the request-scoped CurrentCaller): creating
 * and injecting a resource per request was a tenth of a sign-in's server time in the attendance benchmark.
 */
@ApplicationScoped
@Path("kiosk")
@Tag(name = "Kiosk")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class KioskAttendanceResource {
    @Inject
    KioskAttendance kiosk;
    @Inject
    KioskRegistry kiosks;
    @Inject
    CurrentCaller currentCaller;

    @GET
    @Path("me")
    @RolesAllowed(Roles.KIOSK)
    @Operation(summary = "The signed-in kiosk and its venue")
    public KioskIdentity me() {
        Kiosk device = kiosks.find(currentCaller.require().kioskId());
        return new KioskIdentity(device.id(), device.label(), device.venueId(), kiosks.venueName(device));
    }

    @GET
    @Path("sessions")
    @RolesAllowed(Roles.KIOSK)
    @Operation(summary = "Today's sessions at this kiosk's venue")
    public List<KioskSession> sessions() {
        return kiosk.sessionsToday();
    }

    @POST
    @Path("sessions/{id}/opening")
    @RolesAllowed(Roles.KIOSK)
    @Operation(summary = "A facilitator opens today's session with their PIN", description = "Answers the roster: first names and initials only.")
    public KioskRoster open(@PathParam("id") long id, @RequiredBody(message = "Send your username and PIN.") @Valid SessionOpening opening) {
        return kiosk.open(id, opening);
    }

    @GET
    @Path("sessions/{id}/roster")
    @RolesAllowed(Roles.KIOSK)
    @Operation(summary = "The roster of an opened session today")
    public KioskRoster roster(@PathParam("id") long id) {
        return kiosk.roster(id);
    }

    @POST
    @Path("sign-ins")
    @RolesAllowed(Roles.KIOSK)
    @Operation(summary = "Sign someone in", description = "Idempotent on the kiosk-made id: a repeat answers DUPLICATE.")
    public SignInAck signIn(@RequiredBody(message = "Send the sign-in.") @Valid KioskSignIn signIn) {
        return kiosk.signIn(signIn);
    }

    @POST
    @Path("sign-ins/batch")
    @RolesAllowed(Roles.KIOSK)
    @Operation(summary = "Send queued sign-ins", description = "At most 500; one acknowledgement each, in order; a sign-in for a session this kiosk cannot use is REJECTED.")
    public List<SignInAck> signInBatch(@RequiredBody(message = "Send the queued sign-ins.") @Valid SignInBatch batch) {
        return kiosk.signIn(batch.signIns());
    }

    @POST
    @Path("staff-check")
    @RolesAllowed(Roles.KIOSK)
    @Operation(summary = "Check a facilitator's PIN", description = "204 when right; for unlocking kiosk mode.")
    public Response staffCheck(@RequiredBody(message = "Send the username and PIN.") @Valid StaffCheck check) {
        kiosk.staffCheck(check.username(), check.pin());
        return Response.noContent().build();
    }
}
