package uk.dap.server.importing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.server.common.DomainException;
import uk.dap.server.security.application.Access;
import uk.dap.server.security.application.Caller;
import uk.dap.server.security.application.CurrentCaller;
import uk.dap.server.security.application.Permission;
import uk.dap.shared.api.ProblemType;
import uk.dap.shared.api.importing.ImportResult;
import uk.dap.shared.api.importing.ImportTemplate;
import uk.dap.shared.text.UkDates;

/**
 * Bringing a service's history in (issue 21, docs/import.md): a file of one kind of record is checked in full (a dry
 * run, which writes nothing) or committed (all of it in one transaction, or none). Programme leads and administrators
 * only. The audit trail records who imported which file (its name, SHA-256 and counts), never what its rows said.
 */
@ApplicationScoped
public class Imports {
    @Inject
    Instance<RecordImporter> importers;
    @Inject
    ImportWriter writer;
    @Inject
    CurrentCaller currentCaller;
    @Inject
    Access permissions;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;

    /** The templates, one per kind of record, in the order a history is imported. */
    public List<ImportTemplate> templates() {
        permissions.require(currentCaller.require(), Permission.IMPORT_HISTORY);
        return importers.stream().sorted(Comparator.comparingInt(RecordImporter::step)).map(Imports::template).toList();
    }

    public ImportTemplate template(String kind) {
        permissions.require(currentCaller.require(), Permission.IMPORT_HISTORY);
        return template(importer(kind));
    }

    private static ImportTemplate template(RecordImporter importer) {
        return new ImportTemplate(importer.kind(), importer.title(), importer.description(),
                importer.columns().stream().map(c -> c.view()).toList());
    }

    /** Checks the file and, when {@code commit}, writes it; {@link ImportRefused} when a commit met problems. */
    public ImportResult run(String kind, String fileName, SpreadsheetRows rows, boolean commit) throws IOException {
        Caller caller = currentCaller.require();
        permissions.require(caller, Permission.IMPORT_HISTORY);
        RecordImporter importer = importer(kind);
        ImportRun run = new ImportRun(commit, LocalDate.now(clock.withZone(UkDates.UK)));
        String action = commit ? "IMPORT_COMMIT" : "IMPORT_DRY_RUN";
        ImportResult result;
        try {
            result = commit ? writer.commit(importer, fileName, rows, run) : writer.dryRun(importer, fileName, rows, run);
        } catch (ImportRefused refused) {
            audit.recordAlone(action, "ImportFile", run.id(), AuditOutcome.FAILURE, summary(refused.result()));
            throw refused;
        }
        audit.recordAlone(action, "ImportFile", run.id(), AuditOutcome.SUCCESS, summary(result));
        return result;
    }

    /**
     * Every record of the kind that the caller may see, in the template's columns (so that a service can take its data
     * away, or bring it into another instance), handed to {@code rows} a page at a time; audited once, with the count.
     */
    public long export(String kind, java.util.function.Consumer<List<String>> rows) {
        Caller caller = currentCaller.require();
        permissions.require(caller, Permission.IMPORT_HISTORY);
        RecordImporter importer = importer(kind);
        long count = 0;
        long after = 0;
        for (List<List<String>> page = importer.exportPage(after, 500); !page.isEmpty(); page = importer.exportPage(after, 500)) {
            for (List<String> row : page) {
                rows.accept(row.subList(1, row.size()));
                count++;
            }
            after = Long.parseLong(page.get(page.size() - 1).get(0));
        }
        audit.recordAlone("EXPORT", "ImportFile", null, AuditOutcome.SUCCESS, kind + ": " + count + " rows");
        return count;
    }

    /** The file and the counts, never a row's contents (the name is the importer's own, and may say whose data it is). */
    private static String summary(ImportResult r) {
        return r.kind() + " file sha256 " + r.sha256() + " named " + r.fileName() + ": " + r.rows() + " rows, " + r.created()
                + (r.committed() ? " created, " : " to create, ") + r.alreadyImported() + " imported before, " + r.problemCount() + " problems";
    }

    private RecordImporter importer(String kind) {
        return importers.stream().filter(i -> i.kind().equals(kind)).findFirst().orElseThrow(() -> new DomainException(
                ProblemType.NOT_FOUND, "There is no import of " + kind + "; the kinds are " + String.join(", ",
                        importers.stream().map(RecordImporter::kind).sorted().toList()) + "."));
    }
}
