package uk.dap.server.casework.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import uk.dap.server.casework.application.CaseNotes;
import uk.dap.server.common.DomainException;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.casework.CaseNoteList;
import uk.dap.shared.api.casework.CaseNoteView;
import uk.dap.shared.api.casework.NewCaseNote;
import uk.dap.shared.api.casework.NoteCorrection;
import uk.dap.shared.api.casework.NoteType;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/**
 * A participant's case notes. Append-only: there is no way to change or delete a note, only to correct it with a
 * new version. Referrers have no route here at all.
 */
@Path("participants/{participantId}/notes")
@Tag(name = "Casework")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class CaseNoteResource {
    @Inject
    CaseNotes notes;

    @GET
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD, Roles.FACILITATOR})
    @Operation(summary = "List a participant's notes", description = "The latest version of each note the caller may see, newest "
            + "first. Filters: type, from and to (YYYY-MM-DD, the date it happened), author (part of a name), sensitive (true/false), "
            + "text (searches only text the caller may open). Sensitive notes the caller may not open are listed without their text.")
    public CaseNoteList list(@PathParam("participantId") long participantId, @QueryParam("type") String type,
                             @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @QueryParam("author") String author,
                             @QueryParam("sensitive") Boolean sensitive, @QueryParam("text") String text) {
        return notes.list(participantId, new CaseNotes.Filter(type(type), from, to, author, sensitive, text));
    }

    @POST
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD, Roles.FACILITATOR})
    @Operation(summary = "Write a note", description = "The author is the caller. Facilitators write group observations only; "
            + "partner-contact notes are never written by the man's own key worker.")
    public Response write(@PathParam("participantId") long participantId,
                          @RequiredBody(message = "Send the note: type, occurredOn, text and sensitive.") @Valid NewCaseNote note) {
        return Response.status(Response.Status.CREATED).entity(notes.write(participantId, note)).build();
    }

    @GET
    @Path("{noteId}")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD, Roles.FACILITATOR})
    @Operation(summary = "Read a note (its latest version)")
    public CaseNoteView read(@PathParam("participantId") long participantId, @PathParam("noteId") long noteId) {
        return notes.read(participantId, noteId);
    }

    @GET
    @Path("{noteId}/versions")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD, Roles.FACILITATOR})
    @Operation(summary = "Every version of a note, newest first")
    public List<CaseNoteView> versions(@PathParam("participantId") long participantId, @PathParam("noteId") long noteId) {
        return notes.history(participantId, noteId);
    }

    @POST
    @Path("{noteId}/corrections")
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD, Roles.FACILITATOR})
    @Operation(summary = "Correct a note", description = "Adds a new version with the whole corrected text and a reason; earlier "
            + "versions are kept and shown in the history.")
    public Response correct(@PathParam("participantId") long participantId, @PathParam("noteId") long noteId,
                            @RequiredBody(message = "Send the corrected text and the reason.") @Valid NoteCorrection correction) {
        return Response.status(Response.Status.CREATED).entity(notes.correct(participantId, noteId, correction)).build();
    }

    static NoteType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return NoteType.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, "type: not a note type; use one of " + List.of(NoteType.values()) + ".");
        }
    }
}
