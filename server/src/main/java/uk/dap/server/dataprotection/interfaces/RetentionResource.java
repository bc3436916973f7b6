package uk.dap.server.dataprotection.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.common.DomainException;
import uk.dap.server.dataprotection.application.RetentionRuns;
import uk.dap.server.dataprotection.application.RetentionSchedule;
import uk.dap.server.infrastructure.rest.Paging;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.dataprotection.RecordKind;
import uk.dap.shared.api.dataprotection.RetentionChange;
import uk.dap.shared.api.dataprotection.RetentionOutlook;
import uk.dap.shared.api.dataprotection.RetentionRuleView;
import uk.dap.shared.api.dataprotection.RetentionRunView;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** The retention schedule, what falls due, and its runs: for administrators (docs/data-protection.md). */
@Path("retention")
@Tag(name = "Data protection")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class RetentionResource {
    @Inject
    RetentionSchedule schedule;
    @Inject
    RetentionRuns runs;

    @GET
    @Path("schedule")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The retention schedule", description = "Each kind of record: how many months it is kept, what starts the clock, what anonymising it removes.")
    public List<RetentionRuleView> schedule() {
        return schedule.read();
    }

    @PUT
    @Path("schedule/{kind}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change how long a kind of record is kept", description = "Audited with the reason. The next run applies it.")
    public RetentionRuleView change(@PathParam("kind") String kind,
                                    @RequiredBody(message = "Send the period in months and the reason.") @Valid RetentionChange change) {
        return schedule.change(kindNamed(kind), change);
    }

    @GET
    @Path("outlook")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "What falls due", description = "Kind by kind: due at the next run, due within 'days' (default 30), kept by a legal hold; and the last run.")
    public RetentionOutlook outlook(@QueryParam("days") @DefaultValue("30") Integer days) {
        return runs.outlook(days);
    }

    @POST
    @Path("runs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Run the retention schedule now", description = "As the nightly run does; answers what it did, as counts.")
    public Response runNow() {
        return Response.status(Response.Status.CREATED).entity(runs.runNow()).build();
    }

    @GET
    @Path("runs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "The runs of the retention schedule, newest first", description = "limit: 1 to 500 (default 20).")
    public List<RetentionRunView> runs(@QueryParam("limit") @DefaultValue("20") Integer limit) {
        Paging.requireLimit(limit, 500);
        return runs.runs(limit);
    }

    private static RecordKind kindNamed(String kind) {
        return Arrays.stream(RecordKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> new DomainException(ProblemType.NOT_FOUND, "The schedule has no kind of record called '" + kind + "'. It has: "
                        + String.join(", ", Arrays.stream(RecordKind.values()).map(Enum::name).toList()) + "."));
    }
}
