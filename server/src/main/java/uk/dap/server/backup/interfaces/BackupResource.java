package uk.dap.server.backup.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.backup.application.OnlineBackups;
import uk.dap.shared.api.backup.BackupView;
import uk.dap.shared.security.Roles;

/** Online backups of the database, for administrators: one on demand, and the list of those kept. */
@Path("backups")
@Tag(name = "Backups")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class BackupResource {
    @Inject
    OnlineBackups backups;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Take an online backup now", description = "Consistent while requests go on; encrypted with the database's key.")
    public Response take() {
        return Response.status(Response.Status.CREATED).entity(backups.takeNow()).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List the backups kept, newest first")
    public List<BackupView> list() {
        return backups.list();
    }
}
