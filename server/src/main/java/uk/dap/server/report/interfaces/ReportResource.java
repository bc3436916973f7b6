package uk.dap.server.report.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import uk.dap.server.report.export.ExportedFile;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.report.application.CompletionReports;
import uk.dap.shared.api.report.CompletionReport;
import uk.dap.shared.security.Roles;

/** Reports for programme leads: counts and rates, never names. */
@Path("reports")
@Tag(name = "Reports")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@ApplicationScoped
public class ReportResource {
    @Inject
    CompletionReports reports;

    @GET
    @Path("completion")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Operation(summary = "The completion report for a cohort, a programme over referral dates, or a referring agency over referral dates",
            description = "Exactly one of cohort, programme (with from and to) or agency (with from and to); suppress defaults to true."
                    + " Only programmes the caller leads are counted. Everyone else is refused (403).")
    public CompletionReport completion(@QueryParam("cohort") Long cohort, @QueryParam("programme") String programme,
                                       @QueryParam("agency") String agency, @QueryParam("from") LocalDate from,
                                       @QueryParam("to") LocalDate to, @QueryParam("suppress") Boolean suppress) {
        return reports.completion(new CompletionReports.Request(cohort, programme, agency, from, to, suppress));
    }

    @GET
    @Path("completion/export")
    @RolesAllowed(Roles.PROGRAMME_LEAD)
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/pdf",
            "application/problem+json"})
    @Operation(summary = "The completion report as a file: CSV, XLSX or PDF (with the attendance chart)",
            description = "The same scope parameters as GET /api/reports/completion, and format=csv|xlsx|pdf. The file says at"
                    + " its top whether small numbers are suppressed. Counts and rates only: never names, contact details or notes.")
    public Response export(@QueryParam("format") String format, @QueryParam("cohort") Long cohort,
                           @QueryParam("programme") String programme, @QueryParam("agency") String agency,
                           @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to, @QueryParam("suppress") Boolean suppress) {
        ExportedFile file = reports.export(new CompletionReports.Request(cohort, programme, agency, from, to, suppress), format);
        return Response.ok(file.body(), file.mediaType()).header("Content-Disposition", file.contentDisposition())
                .header("Cache-Control", "no-store").build();
    }
}
