package uk.dap.server.report.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.dap.shared.api.report.BandFigure;
import uk.dap.shared.api.report.CompletionReport;
import uk.dap.shared.api.report.InstrumentChange;
import uk.dap.shared.api.report.StageResponse;
import uk.dap.shared.api.report.LabelledFigure;
import uk.dap.shared.api.report.ReasonFigure;
import uk.dap.shared.api.report.ReportFlow;
import uk.dap.shared.api.report.WeekFigure;
import uk.dap.shared.api.report.WeekRate;

/**
 * The report as a tidy long table, one figure a row: {@code section, measure, breakdown, value}. Long rather than
 * wide so that every section fits one shape, it sorts and filters in a spreadsheet, and values are exactly what the
 * other formats print ("&lt;5", "withheld").
 */
final class CompletionCsv {
    static final String[] HEADER = {"section", "measure", "breakdown", "value"};

    /** A byte order mark, so that Excel opens the UTF-8 file with "crèche" intact. */
    private static final String BOM = "\uFEFF";

    private CompletionCsv() {
    }

    static byte[] render(CompletionReport report) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(HEADER).get();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            csv.printRecord("report", "scope", "", asText(ReportWording.title(report)));
            csv.printRecord("report", "small numbers", "", ReportWording.suppression(report));
            csv.printRecord("report", "generated", "", ReportWording.generated(report));
            if (report.enrolmentsBeingUpdated() > 0) {
                csv.printRecord("report", "being brought up to date", "", report.beingUpdatedNote());
            }

            ReportFlow flow = report.flow();
            csv.printRecord("flow", "referred", "", flow.referred().shown());
            csv.printRecord("flow", "assessed", "", flow.assessed().shown());
            csv.printRecord("flow", "eligible", "", flow.eligible().shown());
            csv.printRecord("flow", "declined", "", flow.declined().shown());
            csv.printRecord("flow", "waiting", "", flow.waiting().shown());
            csv.printRecord("flow", "started", "", flow.started().shown());
            csv.printRecord("flow", "completed", "", flow.completed().shown());
            csv.printRecord("flow", "withdrawn", "", flow.withdrawn().shown());
            for (ReasonFigure reason : flow.withdrawnByReason()) {
                csv.printRecord("flow", "withdrawn by reason", reason.label(), reason.count().shown());
            }
            csv.printRecord("flow", "still active", "", flow.stillActive().shown());
            csv.printRecord("flow", "completion rate", "", flow.completionRate().shown());
            csv.printRecord("flow", "median weeks to withdrawal", "", ReportWording.medianWeeks(report));

            csv.printRecord("attendance", "overall rate", "", report.attendance().overall().shown());
            for (WeekRate week : report.attendance().weeks()) {
                String label = "week " + week.week();
                csv.printRecord("attendance", "expected", label, week.expected().shown());
                csv.printRecord("attendance", "attended", label, week.attended().shown());
                csv.printRecord("attendance", "rate", label, week.rate().shown());
            }
            for (BandFigure band : report.attendance().bands()) {
                csv.printRecord("attendance", "people by attendance band", band.band(), band.people().shown());
            }

            for (InstrumentChange change : report.evaluation()) {
                String instrument = ReportWording.respondents(change);
                boolean withheld = change.withheld();
                csv.printRecord("evaluation", "matched pairs", instrument, change.pairs().shown());
                csv.printRecord("evaluation", "mean before", instrument,
                        ReportWording.score(change.meanBefore(), withheld));
                csv.printRecord("evaluation", "mean after", instrument,
                        ReportWording.score(change.meanAfter(), withheld));
                csv.printRecord("evaluation", "mean change", instrument,
                        ReportWording.score(change.meanChange(), withheld));
                csv.printRecord("evaluation", "effect size", instrument,
                        ReportWording.effectSize(change.effectSize(), withheld));
                for (StageResponse at : change.responses()) {
                    String stage = ReportWording.stage(at).toLowerCase(java.util.Locale.UK);
                    csv.printRecord("evaluation", "answered: " + stage, instrument, at.answered().shown());
                    csv.printRecord("evaluation", "response rate " + stage + ": of those who started", instrument, at.ofStarted().shown());
                    if (at.ofPre() != null) {
                        csv.printRecord("evaluation", "response rate " + stage + ": of those who answered before", instrument, at.ofPre().shown());
                        csv.printRecord("evaluation", "response rate " + stage + ": of completers", instrument, at.ofCompleters().shown());
                    }
                }
            }

            if (report.specifics() != null) {
                for (LabelledFigure figure : report.specifics().figures()) {
                    csv.printRecord("programme specifics", figure.label(), "", figure.count().shown());
                }
                for (WeekFigure week : report.specifics().crechePlacesByWeek()) {
                    csv.printRecord("programme specifics", "crèche places used", "week " + week.week(),
                            week.count().shown());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return (BOM + out).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The title can hold an agency's name as a lead typed it; a spreadsheet would run a cell starting with = + - or @
     * as a formula, so such text is marked as text (OWASP's advice on CSV injection).
     */
    static String asText(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
