package uk.dap.server.security.interfaces;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import uk.dap.shared.validation.RequiredBody;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.common.DomainException;
import uk.dap.server.security.application.KioskRegistry;
import uk.dap.server.security.application.StaffSignIn;
import uk.dap.shared.api.KioskSignInRequest;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.SignedIn;
import uk.dap.shared.api.StaffSignInRequest;

/** Sign-in for staff (username and password) and for kiosks (device credential). Open: this is where tokens come from. */
@Path("auth")
@Tag(name = "Sign-in")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {
    @Inject
    StaffSignIn staffSignIn;
    @Inject
    KioskRegistry kiosks;

    @POST
    @Path("staff")
    @PermitAll
    @Operation(summary = "Staff sign-in", description = "Returns a bearer token valid for at most 30 minutes. "
            + "After 5 failed attempts in a row the account is locked for 15 minutes.")
    public SignedIn signInStaff(@RequiredBody(message = "Send a JSON body with username and password.") @Valid StaffSignInRequest request) {
        return staffSignIn.signIn(request.username(), request.password())
                .orElseThrow(() -> new DomainException(ProblemType.SIGN_IN_FAILED, staffSignIn.failureMessage()));
    }

    @POST
    @Path("kiosk")
    @PermitAll
    @Operation(summary = "Kiosk sign-in", description = "Exchanges a kiosk's device credential for a short-lived KIOSK token.")
    public SignedIn signInKiosk(@RequiredBody(message = "Send a JSON body with kioskId and deviceSecret.") @Valid KioskSignInRequest request) {
        return kiosks.signIn(request.kioskId(), request.deviceSecret())
                .orElseThrow(() -> new DomainException(ProblemType.SIGN_IN_FAILED,
                        "This kiosk could not sign in: it may have been revoked. Ask an administrator to register it again."));
    }
}
