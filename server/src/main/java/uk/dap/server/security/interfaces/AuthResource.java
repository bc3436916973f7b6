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
import uk.dap.shared.api.SecondFactorOffer;
import uk.dap.shared.api.SecondFactorSetUp;
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
    @Operation(summary = "Staff sign-in", description = "Returns a bearer token valid for at most 30 minutes. An account with a "
            + "second factor also sends its code (401 second-factor-required without it). After 5 failed attempts in a row "
            + "(wrong passwords or codes) the account is locked for 15 minutes.")
    public SignedIn signInStaff(@RequiredBody(message = "Send a JSON body with username and password.") @Valid StaffSignInRequest request) {
        return answer(staffSignIn.signIn(request.username(), request.password(), request.code()));
    }

    @POST
    @Path("staff/second-factor")
    @PermitAll
    @Operation(summary = "Offer a second factor", description = "With the username and password of an account without one: a new "
            + "secret for an authenticator app. It takes effect once confirmed with a code.")
    public SecondFactorOffer offerSecondFactor(@RequiredBody(message = "Send a JSON body with username and password.") @Valid StaffSignInRequest request) {
        return answer(staffSignIn.offerSecondFactor(request.username(), request.password()));
    }

    @POST
    @Path("staff/second-factor/confirmation")
    @PermitAll
    @Operation(summary = "Set up the offered second factor", description = "With the username, password and a code the app made from "
            + "the offered secret: sets it up, answers the ten one-use recovery codes (shown once) and signs in.")
    public SecondFactorSetUp confirmSecondFactor(@RequiredBody(message = "Send a JSON body with username, password and code.") @Valid StaffSignInRequest request) {
        return answer(staffSignIn.confirmSecondFactor(request.username(), request.password(), request.code()));
    }

    /** The value, or the refusal as its problem: thrown here, after the sign-in's transaction kept the failure count. */
    private static <T> T answer(StaffSignIn.Outcome<T> outcome) {
        if (outcome.refusal() != null) {
            throw new DomainException(outcome.refusal(), outcome.sentence());
        }
        return outcome.value();
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
