package uk.dap.server.report.progress.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.report.progress.application.ProgressReports;
import uk.dap.shared.api.report.ProgressReportRequest;
import uk.dap.shared.security.Roles;
import uk.dap.shared.validation.RequiredBody;

/** The progress report for a child protection meeting, as a PDF. */
@Path("participants/{id}/progress-report")
@Tag(name = "Reports")
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class ProgressReportResource {
    static final String PDF = "application/pdf";

    @Inject
    ProgressReports reports;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(PDF)
    @RolesAllowed({Roles.KEY_WORKER, Roles.PROGRAMME_LEAD, Roles.REFERRER})
    @Operation(summary = "A progress report for a child protection meeting (PDF)",
            description = "Key worker (caseload), programme lead (their programmes) and referrer (their own referrals, restricted)."
                    + " Never contact details, notes, partner contact or other participants. Audited.")
    public Response generate(@PathParam("id") long id,
                             @RequiredBody(message = "Send the meeting date and the summary.") @Valid ProgressReportRequest request) {
        ProgressReports.Report report = reports.generate(id, request);
        return Response.ok(report.pdf(), PDF)
                .header("Content-Disposition", "attachment; filename=\"" + report.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
