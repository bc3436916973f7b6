package uk.dap.server.report.export;

import java.util.Locale;
import uk.dap.shared.api.report.CompletionReport;
import uk.dap.shared.api.report.InstrumentChange;
import uk.dap.shared.api.report.Rate;
import uk.dap.shared.api.report.StageResponse;
import uk.dap.shared.api.report.ReportScope;
import uk.dap.shared.api.report.ReportScopeKind;
import uk.dap.shared.text.UkDates;

/**
 * Words and numbers every export prints the same way, so a CSV, a workbook and a PDF of one report never disagree.
 * Everything here comes from the record: the exports add headings and labels, never data about people.
 */
final class ReportWording {
    static final String REPORT_NAME = "Completion report";
    static final String SUPPRESSED =
            "Small numbers suppressed: counts below 5 are shown as <5 and rates derived from them are withheld";
    static final String NOT_SUPPRESSED = "Not suppressed: for use within the service only";
    static final String NONE = Rate.NONE_TEXT;

    private ReportWording() {
    }

    static String suppression(CompletionReport report) {
        return report.suppressed() ? SUPPRESSED : NOT_SUPPRESSED;
    }

    static String generated(CompletionReport report) {
        return report.generatedAt() == null ? ""
                : UkDates.date(report.generatedAt().atZone(UkDates.UK).toLocalDate());
    }

    /** "Generated 6 Dec 2026", and when some figures are still being brought up to date, the sentence that says so. */
    static String generatedLine(CompletionReport report) {
        String note = report.beingUpdatedNote();
        return "Generated " + generated(report) + (note.isEmpty() ? "" : ". " + note);
    }

    static String title(CompletionReport report) {
        return report.scope() == null || report.scope().title() == null ? "" : report.scope().title();
    }

    /** Weeks, to one decimal place; "withheld" when suppression hides it, "n/a" when nobody withdrew. */
    static String medianWeeks(CompletionReport report) {
        if (report.flow().medianWithheld()) {
            return Rate.WITHHELD_TEXT;
        }
        Double weeks = report.flow().medianWeeksToWithdrawal();
        return weeks == null ? NONE : String.format(Locale.UK, "%.1f", weeks);
    }

    /** A mean score or change: "withheld" when the pairs are suppressed, "n/a" when there is nothing to average. */
    static String score(Double value, boolean withheld) {
        if (withheld) {
            return Rate.WITHHELD_TEXT;
        }
        return value == null ? NONE : String.format(Locale.UK, "%.1f", value);
    }

    /** Effect sizes are conventionally read to two decimal places (0.20 small, 0.50 medium, 0.80 large). */
    static String effectSize(Double value, boolean withheld) {
        if (withheld) {
            return Rate.WITHHELD_TEXT;
        }
        return value == null ? NONE : String.format(Locale.UK, "%.2f", value);
    }

    /**
     * A file name from the scope only (programme, cohort number or agency and the dates), never a person's name:
     * {@code completion-freedom-2025-04-01-to-2026-03-31.pdf}.
     */
    static String fileName(CompletionReport report, ExportFormat format) {
        ReportScope scope = report.scope();
        StringBuilder name = new StringBuilder("completion");
        if (scope != null && scope.kind() != null) {
            switch (scope.kind()) {
                case COHORT -> name.append("-cohort-").append(scope.cohortId());
                case PROGRAMME -> name.append('-').append(slug(scope.programmeCode()));
                case AGENCY -> name.append("-agency-").append(slug(scope.agency()));
            }
            if (scope.kind() != ReportScopeKind.COHORT && scope.from() != null
                    && scope.to() != null) {
                name.append('-').append(scope.from()).append("-to-").append(scope.to());
            }
        }
        return name.append('.').append(format.extension()).toString();
    }

    /** Lower-case ASCII letters and digits joined by single hyphens, safe in any file system and header. */
    static String slug(String text) {
        if (text == null || text.isBlank()) {
            return "unknown";
        }
        String plain = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+)|(-+$)", "");
        String bounded = plain.length() > 60 ? plain.substring(0, 60).replaceAll("-+$", "") : plain;
        return bounded.isEmpty() ? "unknown" : bounded;
    }

    /** A questionnaire and whose answers, as a row of the evaluation section names it: "RSES title (mothers)". */
    static String respondents(InstrumentChange change) {
        return change.title() + " (" + change.group().label().toLowerCase(java.util.Locale.UK) + ")";
    }

    /** A stage as the response table names it. */
    static String stage(StageResponse response) {
        return switch (response.stage()) {
            case PRE -> "Before";
            case POST -> "After";
            case FOLLOW_UP -> "Follow-up";
        };
    }

    /** A rate that does not apply at a stage (over pre, at pre) is a dash, not "n/a": there is nothing to ask. */
    static String rate(Rate rate) {
        return rate == null ? "-" : rate.shown();
    }

    /** Under every response table: which rate is over whom. */
    static final String RATES_EXPLAINED = "Response rates: of those who started (attended a session); of those who answered "
            + "the same questionnaire before the programme (the rate evaluations quote); of completers (at follow-up: "
            + "completers whose follow-up has fallen due). Each counts only people whose programme gives the questionnaire "
            + "at that stage.";
}
