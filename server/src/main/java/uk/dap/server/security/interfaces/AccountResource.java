package uk.dap.server.security.interfaces;

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
import uk.dap.server.security.application.StaffAccounts;
import uk.dap.shared.api.NewStaffAccount;
import uk.dap.shared.api.StaffAccountView;
import uk.dap.shared.security.Roles;

/** Staff accounts, for administrators only. */
@Path("accounts")
@Tag(name = "Administration")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class AccountResource {
    @Inject
    StaffAccounts accounts;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Create a staff account")
    public Response create(@RequiredBody(message = "Send a JSON body describing the account.") @Valid NewStaffAccount request) {
        StaffAccountView created = accounts.create(request);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "List staff accounts")
    public List<StaffAccountView> list() {
        return accounts.list();
    }

    @POST
    @Path("{id}/disable")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Disable an account", description = "Its tokens stop working at once.")
    public StaffAccountView disable(@PathParam("id") long id) {
        return accounts.disable(id);
    }

    @POST
    @Path("{id}/enable")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Enable an account", description = "Also lifts a lock-out after failed sign-ins.")
    public StaffAccountView enable(@PathParam("id") long id) {
        return accounts.enable(id);
    }

    @POST
    @Path("{id}/second-factor/reset")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Reset an account's second factor", description = "For a lost phone: its secret and recovery codes are"
            + " removed; the person sets a new one up before they next sign in (if their role needs one).")
    public StaffAccountView resetSecondFactor(@PathParam("id") long id) {
        return accounts.resetSecondFactor(id);
    }
}
