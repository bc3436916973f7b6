package uk.dap.server.onetoone.interfaces;

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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.onetoone.application.NewBeginnings;
import uk.dap.shared.api.onetoone.AttachmentInterview;
import uk.dap.shared.api.onetoone.DatedAttendance;
import uk.dap.shared.api.onetoone.DatedText;
import uk.dap.shared.api.onetoone.NewBeginningsRecords;
import uk.dap.shared.api.onetoone.OneToOneEntry;
import uk.dap.shared.api.onetoone.QbCheckScreening;
import uk.dap.shared.api.onetoone.RecordKind;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/**
 * New Beginnings' one-to-one records of an enrolment, for its key worker and the programme's lead. Each POST adds one
 * record (201); records are never changed.
 */
@Path("enrolments/{id}/new-beginnings")
@Tag(name = "New Beginnings records")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class NewBeginningsResource {
    private static final String BODY = "Send a JSON body with the date and the details.";

    @Inject
    NewBeginnings records;

    @GET
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Read the one-to-one records", description = "With the attachment strategies to choose from.")
    public NewBeginningsRecords read(@PathParam("id") long id) {
        return records.read(id);
    }

    @POST
    @Path("attachment-interviews")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Record an adult attachment interview", description = "Date, who coded it, and a strategy from the current list.")
    public Response attachmentInterview(@PathParam("id") long id, @RequiredBody(message = BODY) @Valid AttachmentInterview interview) {
        return created(records.attachmentInterview(id, interview));
    }

    @POST
    @Path("timeline-events")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Add a life timeline event")
    public Response timelineEvent(@PathParam("id") long id, @RequiredBody(message = BODY) @Valid DatedText event) {
        return created(records.dated(id, RecordKind.TIMELINE_EVENT, event.date(), event.text()));
    }

    @POST
    @Path("vig-sessions")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Record a Video Interaction Guidance session", description = "The text is a summary of the session notes.")
    public Response vigSession(@PathParam("id") long id, @RequiredBody(message = BODY) @Valid DatedText session) {
        return created(records.dated(id, RecordKind.VIG_SESSION, session.date(), session.text()));
    }

    @POST
    @Path("qbcheck-screenings")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Record a QbCheck screening", description = "TRAITS_CONFIRMED needs the onward referral.")
    public Response qbCheck(@PathParam("id") long id, @RequiredBody(message = BODY) @Valid QbCheckScreening screening) {
        return created(records.qbCheck(id, screening));
    }

    @POST
    @Path("smart-recovery")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Record a SMART Recovery session attended")
    public Response smartRecovery(@PathParam("id") long id, @RequiredBody(message = BODY) @Valid DatedAttendance attended) {
        return created(records.groupMeeting(id, RecordKind.SMART_RECOVERY, attended));
    }

    @POST
    @Path("cp-meetings")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Record a child protection meeting attended", description = "The text is the progress update given.")
    public Response cpMeeting(@PathParam("id") long id, @RequiredBody(message = BODY) @Valid DatedText meeting) {
        return created(records.dated(id, RecordKind.CP_MEETING, meeting.date(), meeting.text()));
    }

    @POST
    @Path("support-group")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Record a post-programme support group session attended", description = "Only after completion (409 not-completed).")
    public Response supportGroup(@PathParam("id") long id, @RequiredBody(message = BODY) @Valid DatedAttendance attended) {
        return created(records.groupMeeting(id, RecordKind.SUPPORT_GROUP, attended));
    }

    @POST
    @Path("life-laundry")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD})
    @Operation(summary = "Book a Life Laundry workshop place", description = "Open only to parents who completed (409 not-completed). "
            + "The date is the workshop's and may be to come.")
    public Response lifeLaundry(@PathParam("id") long id, @RequiredBody(message = BODY) @Valid DatedAttendance place) {
        return created(records.groupMeeting(id, RecordKind.LIFE_LAUNDRY, place));
    }

    private static Response created(OneToOneEntry entry) {
        return Response.status(Response.Status.CREATED).entity(entry).build();
    }
}
