package uk.dap.server.importing.interfaces;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.dap.server.common.DomainException;
import uk.dap.server.importing.application.ImportRefused;
import uk.dap.server.importing.application.Imports;
import uk.dap.server.importing.application.SpreadsheetRows;
import uk.dap.server.infrastructure.rest.Problems;
import uk.dap.shared.api.Problem;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.importing.ImportResult;
import uk.dap.shared.api.importing.ImportTemplate;
import uk.dap.shared.security.Roles;
import uk.dap.shared.text.SafeText;

/** Bringing a service's history in from its spreadsheets (docs/import.md): templates, dry runs and commits. */
@Path("imports")
@Tag(name = "Import")
@SecurityRequirement(name = "bearer")
@RolesAllowed({Roles.PROGRAMME_LEAD, Roles.ADMIN})
@ApplicationScoped
public class ImportResource {
    @Inject
    Imports imports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The import templates: one per kind of record, each column with what it takes and an example")
    public List<ImportTemplate> templates() {
        return imports.templates();
    }

    @GET
    @Path("{kind}/template")
    @Produces({"text/csv", TemplateFiles.XLSX, MediaType.APPLICATION_JSON})
    @Operation(summary = "A kind's template to fill in, format=csv (the default) or xlsx: the headings, then an example row",
            description = "The XLSX has a second sheet saying what each column takes. Remove the example row before importing:"
                    + " an import refuses it.")
    public Response template(@PathParam("kind") String kind, @QueryParam("format") String format) {
        ImportTemplate template = imports.template(kind);
        boolean xlsx = "xlsx".equalsIgnoreCase(format);
        if (format != null && !xlsx && !"csv".equalsIgnoreCase(format)) {
            throw DomainException.field("format", "Ask for format=csv or format=xlsx.");
        }
        return Response.ok(xlsx ? TemplateFiles.xlsx(template) : TemplateFiles.csv(template), xlsx ? TemplateFiles.XLSX : "text/csv")
                .header("Content-Disposition", "attachment; filename=\"" + kind + "-template." + (xlsx ? "xlsx" : "csv") + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{kind}/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @Operation(summary = "Every record of the kind that the caller may see, as CSV in the template's columns",
            description = "What the template imports, so that a service can take its data away: each record named by the reference it"
                    + " came in with, or by this service's own (P-000123). Contact details only where the caller may see them. Audited.")
    public Response export(@PathParam("kind") String kind) {
        ImportTemplate template = imports.template(kind);
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            java.io.Writer writer = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
            writer.write('\uFEFF'); // so that Excel opens it as UTF-8; the import skips it
            org.apache.commons.csv.CSVPrinter csv = new org.apache.commons.csv.CSVPrinter(writer, org.apache.commons.csv.CSVFormat.RFC4180);
            csv.printRecord(template.columns().stream().map(c -> c.heading()).toList());
            imports.export(kind, row -> {
                try {
                    csv.printRecord(row);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            csv.flush();
        };
        return Response.ok(body, "text/csv").header("Content-Disposition", "attachment; filename=\"" + kind + ".csv\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("{kind}")
    @Consumes({"text/csv", TemplateFiles.XLSX})
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(summary = "Checks a filled-in template (a dry run, the default) or imports it (commit=true)",
            description = "The body is the file, as text/csv (UTF-8) or XLSX. A dry run writes nothing and answers what the file"
                    + " would create and every problem, by row, column and value. A commit writes the whole file in one"
                    + " transaction, or nothing: 422 import-refused lists the problems. Rows whose service reference came in"
                    + " before are left as they are. fileName names the file in the audit trail.")
    public ImportResult upload(@PathParam("kind") String kind, @QueryParam("commit") boolean commit,
                               @QueryParam("fileName") String fileName, @HeaderParam("Content-Type") String type,
                               InputStream body) throws IOException {
        String name = fileName == null || fileName.isBlank() ? "(not named)" : fileName.strip();
        if (name.length() > 200 || SafeText.refusal(name, false) != null) {
            throw DomainException.field("fileName", "Give the file's name on one line, in at most 200 characters.");
        }
        try (SpreadsheetRows rows = type != null && type.startsWith(TemplateFiles.XLSX) ? new XlsxRows(body) : new CsvRows(body)) {
            return imports.run(kind, name, rows, commit);
        } catch (UnreadableFile unreadable) {
            throw new DomainException(ProblemType.VALIDATION_FAILED, unreadable.getMessage() + " Nothing was imported.");
        } catch (ImportRefused refused) {
            ImportResult result = refused.result();
            List<Problem.FieldError> errors = result.problems().stream().map(p -> new Problem.FieldError(
                    "row " + p.row() + (p.column() == null ? "" : ", '" + p.column() + "'"),
                    (p.value() == null ? "" : "'" + p.value() + "': ") + p.message())).toList();
            throw new WebProblem(Problems.response(Problems.problem(ProblemType.IMPORT_REFUSED, result.problemCount()
                    + (result.problemCount() == 1 ? " problem" : " problems") + " in the file, so nothing was imported. Fix "
                    + (result.problemCount() == 1 ? "it" : "them") + " in the spreadsheet and send it again; a dry run lists"
                    + " them as a table.", errors)));
        }
    }

    /** An answer already made as problem+json, for the refused commit's list. */
    static final class WebProblem extends jakarta.ws.rs.WebApplicationException {
        private static final long serialVersionUID = 1L;

        WebProblem(Response response) {
            super(response);
        }
    }
}
