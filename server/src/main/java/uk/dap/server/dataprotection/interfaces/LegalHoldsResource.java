package uk.dap.server.dataprotection.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.dataprotection.application.LegalHolds;
import uk.dap.shared.api.dataprotection.LegalHoldView;
import uk.dap.shared.api.dataprotection.ReasonGiven;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** The legal holds that stand, and lifting one. */
@Path("legal-holds")
@Tag(name = "Data protection")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class LegalHoldsResource {
    @Inject
    LegalHolds holds;

    @GET
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Every legal hold that stands", description = "A lead sees those on people they may see; an administrator all.")
    public List<LegalHoldView> standing() {
        return holds.standing();
    }

    @POST
    @Path("{id}/lift")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
    @Operation(summary = "Lift a legal hold, with the reason")
    public LegalHoldView lift(@PathParam("id") long id, @RequiredBody(message = "Send the reason.") @Valid ReasonGiven reason) {
        return holds.lift(id, reason.reason());
    }
}
