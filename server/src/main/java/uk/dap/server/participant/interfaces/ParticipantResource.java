package uk.dap.server.participant.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.participant.application.DuplicateRecords;
import uk.dap.server.participant.application.ParticipantLinks;
import uk.dap.server.participant.application.Participants;
import uk.dap.shared.api.participant.ChildStatusChange;
import uk.dap.shared.api.participant.ChildView;
import uk.dap.shared.api.participant.ContactChange;
import uk.dap.shared.api.participant.KeyWorkerAssignment;
import uk.dap.shared.api.participant.DuplicateDecision;
import uk.dap.shared.api.participant.DuplicateView;
import uk.dap.shared.api.participant.LinkCorrection;
import uk.dap.shared.api.participant.LinkEnding;
import uk.dap.shared.api.participant.LinkView;
import uk.dap.shared.api.participant.NewChild;
import uk.dap.shared.api.participant.NewLink;
import uk.dap.shared.api.participant.NewParticipant;
import uk.dap.shared.api.participant.ParticipantSummary;
import uk.dap.shared.api.participant.ParticipantView;
import uk.dap.shared.api.participant.SafeContact;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** Participants: records, search, contact details, children and linked parties. Each read is audited. */
@Path("participants")
@Tag(name = "Participants")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class ParticipantResource {
    @Inject
    Participants participants;
    @Inject
    ParticipantLinks links;
    @Inject
    DuplicateRecords duplicates;

    @POST
    @RolesAllowed({Roles.REFERRER, Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Create a participant", description = "A key worker creating a record becomes the key worker unless keyWorkerId says otherwise.")
    public Response create(@RequiredBody(message = "Send a JSON body describing the participant.") @Valid NewParticipant request) {
        return Response.status(Response.Status.CREATED).entity(participants.create(request)).build();
    }

    @GET
    @RolesAllowed({Roles.REFERRER, Roles.FACILITATOR, Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Search participants", description = "By part of a name, date of birth (YYYY-MM-DD) or reference (P-000123); "
            + "only people the caller may see, at most 50, never contact details.")
    public List<ParticipantSummary> search(@QueryParam("name") String name, @QueryParam("dateOfBirth") LocalDate dateOfBirth,
                                           @QueryParam("reference") String reference) {
        return participants.search(name, dateOfBirth, reference);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REFERRER, Roles.FACILITATOR, Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Read a participant's record", description = "Fields the caller may not see are absent. 404 both when "
            + "there is no such participant and when the caller may not see them.")
    public ParticipantView read(@PathParam("id") long id) {
        return participants.read(id);
    }

    @PUT
    @Path("{id}/contact")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Change contact details and whether they are confidential")
    public ParticipantView changeContact(@PathParam("id") long id,
                                         @RequiredBody(message = "Send a JSON body with the contact details.") @Valid ContactChange change) {
        return participants.changeContact(id, change);
    }

    @PUT
    @Path("{id}/safe-contact")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Change how it is safe to contact the participant")
    public ParticipantView changeSafeContact(@PathParam("id") long id,
                                             @RequiredBody(message = "Send a JSON body with the safe-contact preferences.") @Valid SafeContact safeContact) {
        return participants.changeSafeContact(id, safeContact);
    }

    @PUT
    @Path("{id}/key-worker")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Assign the key worker")
    public ParticipantView assignKeyWorker(@PathParam("id") long id,
                                           @RequiredBody(message = "Send a JSON body with the key worker's accountId.") @Valid KeyWorkerAssignment assignment) {
        return participants.assignKeyWorker(id, assignment.accountId());
    }

    @POST
    @Path("{id}/children")
    @RolesAllowed({Roles.REFERRER, Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Add a child")
    public Response addChild(@PathParam("id") long id, @RequiredBody(message = "Send a JSON body describing the child.") @Valid NewChild child) {
        ChildView created = participants.addChild(id, child);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id}/children/{childId}/status")
    @RolesAllowed({Roles.REFERRER, Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Change a child's status with children's social care",
            description = "A case that closes while the parent attends Caring Dads raises an alert for the lead.")
    public ChildView changeChildStatus(@PathParam("id") long id, @PathParam("childId") long childId,
                                       @RequiredBody(message = "Send a JSON body with the new status.") @Valid ChildStatusChange change) {
        return participants.changeChildStatus(id, childId, change);
    }

    @GET
    @Path("duplicates")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Possible duplicate records to decide", description = "Open pairs of records that may be one person, of "
            + "which the lead may see both. Until decided, every link of either applies to both.")
    public List<DuplicateView> duplicates() {
        return duplicates.openForCaller();
    }

    @POST
    @Path("duplicates/{pairId}/decision")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "Decide a possible duplicate", description = "SAME_PERSON joins the two records for good for the separation "
            + "rule (each keeps its history and its team's access); DIFFERENT_PEOPLE ends the joining. A reason is needed. 404 unless "
            + "the lead may see both records.")
    public DuplicateView decideDuplicate(@PathParam("pairId") long pairId,
                                         @RequiredBody(message = "Send a JSON body with the decision and the reason.") @Valid DuplicateDecision decision) {
        return duplicates.decide(pairId, decision);
    }

    @POST
    @Path("{id}/links")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Link two participants", description = "This participant must be visible to the caller; name the other "
            + "by id, or by reference and date of birth. A link with other roles than a current one for the pair is recorded beside "
            + "it (the pair is kept apart while any current link says so); the same roles again are 409. A link that brings a victim "
            + "and a perpetrator together in a cohort raises an alert for the programme leads.")
    public Response addLink(@PathParam("id") long id, @RequiredBody(message = "Send a JSON body describing the link.") @Valid NewLink link) {
        LinkView created = links.add(id, link);
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{id}/links/{linkId}")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Correct a link", description = "New relationship and roles, seen from this participant, and the reason. "
            + "A link that keeps the two apart is corrected by a programme lead only (403 otherwise), and the workers of both "
            + "are alerted.")
    public LinkView correctLink(@PathParam("id") long id, @PathParam("linkId") long linkId,
                                @RequiredBody(message = "Send a JSON body with the corrected link and the reason.") @Valid LinkCorrection correction) {
        return links.correct(id, linkId, correction);
    }

    @POST
    @Path("{id}/links/{linkId}/end")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "End a link recorded in error", description = "With the reason; the link stays on record. Ending a link "
            + "that keeps two people apart is for a programme lead (403 otherwise), and the workers of both are alerted.")
    public Response endLink(@PathParam("id") long id, @PathParam("linkId") long linkId,
                            @RequiredBody(message = "Send a JSON body with the reason.") @Valid LinkEnding ending) {
        links.end(id, linkId, ending);
        return Response.noContent().build();
    }
}
