package uk.dap.server.programme.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import uk.dap.shared.validation.RequiredBody;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.programme.application.ProgrammeCatalogue;
import uk.dap.shared.api.ProgrammeSettings;
import uk.dap.shared.api.ProgrammeView;
import uk.dap.shared.security.Roles;

/** The programme catalogue. */
@Path("programmes")
@Tag(name = "Programmes")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ProgrammeResource {
    @Inject
    ProgrammeCatalogue catalogue;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.PROGRAMME_LEAD, Roles.FACILITATOR, Roles.KEY_WORKER, Roles.REFERRER})
    @Operation(summary = "List the programmes", description = "Any signed-in member of staff.")
    public List<ProgrammeView> list() {
        return catalogue.list();
    }

    @PUT
    @Path("{code}/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Change a programme's configurable values",
            description = "Programme leads only. Send the version you last read; a stale version is refused with 409.")
    public ProgrammeView changeSettings(@PathParam("code") String code,
                                        @RequiredBody(message = "Send a JSON body with the programme's settings.") @Valid ProgrammeSettings settings) {
        return catalogue.changeSettings(code, settings);
    }
}
