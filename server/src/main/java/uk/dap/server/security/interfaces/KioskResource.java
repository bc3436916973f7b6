package uk.dap.server.security.interfaces;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import uk.dap.shared.validation.RequiredBody;
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
import uk.dap.server.common.DomainException;
import uk.dap.server.security.application.KioskRegistry;
import uk.dap.shared.api.KioskCredential;
import uk.dap.shared.api.KioskEnrolment;
import uk.dap.shared.api.KioskRegistered;
import uk.dap.shared.api.KioskView;
import uk.dap.shared.api.NewKiosk;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.security.Roles;

/** Kiosk devices: registration and revocation by administrators, and the device's one-time enrolment. */
@Path("")
@Tag(name = "Kiosks")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class KioskResource {
    @Inject
    KioskRegistry kiosks;

    @POST
    @Path("kiosks")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Register a kiosk for a venue", description = "Answers with a one-time enrolment code valid for 24 hours.")
    public Response register(@RequiredBody(message = "Send a JSON body with venueId and label.") @Valid NewKiosk request) {
        KioskRegistered registered = kiosks.register(request);
        return Response.status(Response.Status.CREATED).entity(registered).build();
    }

    @GET
    @Path("kiosks")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "List kiosks")
    public List<KioskView> list() {
        return kiosks.list();
    }

    @POST
    @Path("kiosks/{id}/revocation")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Revoke a kiosk", description = "Its credential and tokens stop working at once.")
    public KioskView revoke(@PathParam("id") long id) {
        return kiosks.revoke(id);
    }

    @POST
    @Path("kiosks/{id}/enrolment-code")
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Issue a new enrolment code", description = "For a kiosk not yet enrolled; the previous code stops working.")
    public KioskRegistered reissueCode(@PathParam("id") long id) {
        return kiosks.reissueCode(id);
    }

    @POST
    @Path("kiosk-enrolments")
    @PermitAll
    @Operation(summary = "Enrol a kiosk", description = "Spends a one-time enrolment code and answers with the device credential.")
    public KioskCredential enrol(@RequiredBody(message = "Send a JSON body with enrolmentCode.") @Valid KioskEnrolment request) {
        return kiosks.enrol(request.enrolmentCode()).orElseThrow(() -> new DomainException(ProblemType.INVALID_ENROLMENT_CODE,
                "This enrolment code is not valid: it may have been used already or have expired. "
                        + "Ask an administrator for a new code."));
    }
}
