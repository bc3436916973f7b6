package uk.dap.server.security.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.KioskRegistry;
import uk.dap.server.security.application.StaffDirectory;
import uk.dap.server.security.domain.Kiosk;
import uk.dap.shared.api.CurrentUser;
import uk.dap.shared.api.KioskIdentity;
import uk.dap.shared.security.Roles;

/** Who am I: the signed-in member of staff, or the kiosk and its venue. */
@Path("")
@Tag(name = "Sign-in")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class MeResource {
    @Inject
    CurrentCaller currentCaller;
    @Inject
    KioskRegistry kiosks;
    @Inject
    StaffDirectory staff;

    @GET
    @Path("me")
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_LEAD, Roles.FACILITATOR, Roles.KEY_WORKER, Roles.REFERRER})
    @Operation(summary = "The signed-in member of staff")
    public CurrentUser me() {
        Caller caller = currentCaller.require();
        return new CurrentUser(caller.username(), staff.displayName(caller.accountId()), caller.role());
    }

    @GET
    @Path("kiosk/me")
    @RolesAllowed(Roles.KIOSK)
    @Operation(summary = "The signed-in kiosk and its venue")
    public KioskIdentity kiosk() {
        Kiosk kiosk = kiosks.find(currentCaller.require().kioskId());
        return new KioskIdentity(kiosk.id(), kiosk.label(), kiosk.venue().id(), kiosk.venue().name());
    }
}
