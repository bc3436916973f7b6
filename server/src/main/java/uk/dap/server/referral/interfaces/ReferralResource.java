package uk.dap.server.referral.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.common.DomainException;
import uk.dap.server.infrastructure.rest.Paging;
import uk.dap.server.referral.application.Referrals;
import uk.dap.shared.api.referral.ConsentView;
import uk.dap.shared.api.referral.ConsentWithdrawal;
import uk.dap.shared.api.referral.EnrolmentState;
import uk.dap.shared.api.referral.NewConsent;
import uk.dap.shared.api.referral.NewDecision;
import uk.dap.shared.api.referral.NewReferral;
import uk.dap.shared.api.referral.NewRisk;
import uk.dap.shared.api.referral.ReferralSummary;
import uk.dap.shared.api.referral.ReferralView;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** Referrals with their consent records, risk assessments, eligibility checks and decisions. */
@Path("referrals")
@Tag(name = "Referrals")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ReferralResource {
    @Inject
    Referrals referrals;

    @POST
    @RolesAllowed({Roles.REFERRER, Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Refer a participant to a programme")
    public Response create(@RequiredBody(message = "Send a JSON body describing the referral.") @Valid NewReferral request) {
        return Response.status(Response.Status.CREATED).entity(referrals.create(request)).build();
    }

    @GET
    @RolesAllowed({Roles.REFERRER, Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "List the referrals the caller may see", description = "A referrer sees their own; a lead those to their programmes;"
            + " a key worker their caseload's. Newest first. programme: one programme's code; state: where they have got to, one or more"
            + " separated by commas (ASSESSED,ELIGIBLE); limit: 1 to 500 (default 200); offset pages on. A Link header (rel=\"next\")"
            + " leads to the next page when there is one; with count=true the header X-Total-Count says how many the whole list holds.")
    @APIResponse(responseCode = "200", description = "One page of the list",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReferralSummary.class)))
    public Response list(@QueryParam("programme") String programme, @QueryParam("state") String state,
                         @QueryParam("limit") @DefaultValue("200") Integer limit, @QueryParam("offset") @DefaultValue("0") Integer offset,
                         @QueryParam("count") String count, @Context UriInfo uri) {
        Paging.require(limit, MAX_LIMIT, offset);
        Referrals.Listing listing = referrals.list(programme, states(state), limit, offset, Paging.countAskedFor(count));
        return Paging.page(listing.referrals(), listing.more(), listing.total(), uri, limit, offset);
    }

    static final int MAX_LIMIT = 500;

    private static Set<EnrolmentState> states(String given) {
        Set<EnrolmentState> states = EnumSet.noneOf(EnrolmentState.class);
        if (given == null || given.isBlank()) {
            return states;
        }
        for (String name : given.split(",")) {
            try {
                states.add(EnrolmentState.valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                throw DomainException.field("state", "Give the state as one or more of " + Arrays.stream(EnrolmentState.values())
                        .map(Enum::name).collect(Collectors.joining(", ")) + ", separated by commas.");
            }
        }
        return states;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REFERRER, Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Read a referral")
    public ReferralView read(@PathParam("id") long id) {
        return referrals.read(id);
    }

    @POST
    @Path("{id}/consents")
    @RolesAllowed({Roles.REFERRER, Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Record consent, or information sharing without consent on safeguarding grounds")
    public Response addConsent(@PathParam("id") long id, @RequiredBody(message = "Send a JSON body describing the consent.") @Valid NewConsent consent) {
        ConsentView created = referrals.addConsent(id, consent);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @POST
    @Path("{id}/consents/{consentId}/withdrawal")
    @RolesAllowed({Roles.REFERRER, Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Record that consent was withdrawn", description = "The consent record is kept; the withdrawal is added to it.")
    public ConsentView withdrawConsent(@PathParam("id") long id, @PathParam("consentId") long consentId,
                                       @RequiredBody(message = "Send a JSON body (it may be {}).") @Valid ConsentWithdrawal withdrawal) {
        return referrals.withdrawConsent(id, consentId, withdrawal);
    }

    @POST
    @Path("{id}/risk")
    @RolesAllowed({Roles.REFERRER, Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Record a risk assessment", description = "The DASH score gives the level; professional judgement may raise it, with a reason.")
    public Response addRisk(@PathParam("id") long id, @RequiredBody(message = "Send a JSON body with the DASH score and/or judged level.") @Valid NewRisk risk) {
        return Response.status(Response.Status.CREATED).entity(referrals.addRisk(id, risk)).build();
    }

    @POST
    @Path("{id}/eligibility-checks")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Run the programme's eligibility rules", description = "Eligible, ineligible or needs information, with one line per rule.")
    public Response check(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(referrals.check(id)).build();
    }

    @POST
    @Path("{id}/decisions")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Record the lead's decision", description = "Declining an eligible person or accepting one who is not needs a justification; both are audited.")
    public Response decide(@PathParam("id") long id, @RequiredBody(message = "Send a JSON body with the decision and reason.") @Valid NewDecision decision) {
        return Response.status(Response.Status.CREATED).entity(referrals.decide(id, decision)).build();
    }
}
