package uk.dap.server.security.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.KioskPins;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.shared.api.CurrentUser;
import uk.dap.shared.api.attendance.PinChange;
import uk.dap.shared.validation.RequiredBody;
import uk.dap.shared.security.Roles;

/** Who am I: the signed-in member of staff, and their kiosk PIN. (A kiosk asks at /api/kiosk/me.) */
@Path("me")
@Tag(name = "Sign-in")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class MeResource {
    @Inject
    CurrentCaller currentCaller;
    @Inject
    KioskPins pins;
    @Inject
    StaffDirectory staff;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_LEAD, Roles.FACILITATOR, Roles.KEY_WORKER, Roles.REFERRER})
    @Operation(summary = "The signed-in member of staff")
    public CurrentUser me() {
        Caller caller = currentCaller.require();
        return new CurrentUser(caller.username(), staff.displayName(caller.accountId()), caller.role());
    }

    @PUT
    @Path("pin")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FACILITATOR, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Set my kiosk PIN", description = "4 to 8 digits; used to open sessions and unlock kiosks.")
    public Response setPin(@RequiredBody(message = "Send the new PIN.") @Valid PinChange change) {
        pins.set(currentCaller.require().accountId(), change.pin());
        return Response.noContent().build();
    }
}
