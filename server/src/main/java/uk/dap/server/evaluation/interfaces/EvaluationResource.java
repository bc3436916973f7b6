package uk.dap.server.evaluation.interfaces;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.evaluation.application.EvaluationPlans;
import uk.dap.server.evaluation.application.Evaluations;
import uk.dap.server.evaluation.application.InstrumentCatalogue;
import uk.dap.server.infrastructure.rest.Paging;
import uk.dap.shared.api.evaluation.EvaluationPlanChange;
import uk.dap.shared.api.evaluation.EvaluationPlanView;
import uk.dap.shared.api.evaluation.EvaluationSummary;
import uk.dap.shared.api.evaluation.FollowUpDue;
import uk.dap.shared.api.evaluation.PaperResponse;
import uk.dap.shared.evaluation.InstrumentDefinition;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** Evaluations for staff: instruments, each programme's plan, paper entry, a participant's scores, due follow-ups. */
@Path("evaluation")
@Tag(name = "Evaluations")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class EvaluationResource {
    @Inject
    InstrumentCatalogue instruments;
    @Inject
    EvaluationPlans plans;
    @Inject
    Evaluations evaluations;

    @GET
    @Path("instruments")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.FACILITATOR, Roles.KEY_WORKER, Roles.REFERRER})
    @Operation(summary = "The instrument definitions (newest version of each)")
    public List<InstrumentDefinition> instruments() {
        return instruments.current();
    }

    @GET
    @Path("plans")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.FACILITATOR, Roles.KEY_WORKER, Roles.REFERRER})
    @Operation(summary = "Every programme's evaluation plan")
    public List<EvaluationPlanView> plans() {
        return plans.list();
    }

    @GET
    @Path("plans/{programme}")
    @RolesAllowed({Roles.PROGRAMME_LEAD, Roles.FACILITATOR, Roles.KEY_WORKER, Roles.REFERRER})
    @Operation(summary = "A programme's evaluation plan")
    public EvaluationPlanView plan(@PathParam("programme") String programme) {
        return plans.get(programme);
    }

    @PUT
    @Path("plans/{programme}")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Change a programme's evaluation plan", description = "A lead of that programme only; send the version you read.")
    public EvaluationPlanView changePlan(@PathParam("programme") String programme,
                                        @RequiredBody(message = "Send the plan: followUpMonths, entries and version.") @Valid EvaluationPlanChange change) {
        return plans.change(programme, change);
    }

    @POST
    @Path("responses")
    @RolesAllowed({Roles.FACILITATOR, Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Enter a questionnaire answered on paper", description = "Stored as PAPER with who entered it; scored on the server.")
    public Response enterPaper(@RequiredBody(message = "Send the paper questionnaire's answers.") @Valid PaperResponse paper) {
        return Response.status(Response.Status.CREATED).entity(evaluations.enterPaper(paper)).build();
    }

    @GET
    @Path("participants/{id}")
    @RolesAllowed({Roles.REFERRER, Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "A participant's responses, scores and pre/post change", description = "Referrers get scores without answers. Audited.")
    public EvaluationSummary summary(@PathParam("id") long id) {
        return evaluations.summary(id);
    }

    @GET
    @Path("follow-ups")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Follow-up questionnaires due", description = "A key worker's caseload, a lead's programmes; soonest due first."
            + " limit: 1 to 500 (default 100); offset pages on; the header X-Total-Count says how many are due in all.")
    @APIResponse(responseCode = "200", description = "One page of the list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = FollowUpDue.class)))
    public Response followUps(@QueryParam("limit") @DefaultValue("100") Integer limit, @QueryParam("offset") @DefaultValue("0") Integer offset) {
        Paging.require(limit, MAX_LIMIT, offset);
        Evaluations.FollowUpsDue due = evaluations.followUpsDue(limit, offset);
        return Paging.page(due.page(), due.total());
    }

    static final int MAX_LIMIT = 500;
}
