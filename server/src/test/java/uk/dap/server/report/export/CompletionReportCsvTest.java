package uk.dap.server.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CompletionReportCsvTest {
    private final CompletionReportExports exports = new CompletionReportExports();

    @Test
    void parsesAsTidyRowsWithSuppressedFiguresShownAsTheReaderSeesThem() throws IOException {
        List<CSVRecord> rows = parse(exports.csv(ReportFixtures.agencyReport(true)));

        assertThat(value(rows, "report", "scope", "")).isEqualTo(ReportFixtures.TITLE);
        assertThat(value(rows, "report", "small numbers", "")).isEqualTo(
                "Small numbers suppressed: counts below 5 are shown as <5 and rates derived from them are withheld");
        assertThat(value(rows, "report", "generated", "")).isEqualTo("23 Nov 2026");
        assertThat(rows.get(0).get("measure")).as("the statement comes first").isEqualTo("scope");
        assertThat(rows.get(1).get("measure")).isEqualTo("small numbers");

        assertThat(value(rows, "flow", "referred", "")).isEqualTo("48");
        assertThat(value(rows, "flow", "declined", "")).isEqualTo("<5");
        assertThat(value(rows, "flow", "started", "")).isEqualTo("31");
        assertThat(value(rows, "flow", "withdrawn by reason", "Moved away")).isEqualTo("<5");
        assertThat(value(rows, "flow", "withdrawn by reason", "Stopped attending")).isEqualTo("5");
        assertThat(value(rows, "flow", "still active", "")).isEqualTo("<5");
        assertThat(value(rows, "flow", "completion rate", "")).isEqualTo("61.3%");
        assertThat(value(rows, "flow", "median weeks to withdrawal", "")).isEqualTo("6.5");

        assertThat(value(rows, "attendance", "overall rate", "")).isEqualTo("78.9%");
        assertThat(value(rows, "attendance", "rate", "week 1")).isEqualTo("100.0%");
        assertThat(value(rows, "attendance", "attended", "week 2")).isEqualTo("30");
        assertThat(value(rows, "attendance", "rate", "week 2")).isEqualTo("withheld");
        assertThat(value(rows, "attendance", "rate", "week 4")).isEqualTo("83.9%");
        assertThat(value(rows, "attendance", "people by attendance band", "Below 50%")).isEqualTo("<5");

        String cts = "CTS2 physical assault (participants)";
        assertThat(value(rows, "evaluation", "matched pairs", cts)).isEqualTo("17");
        assertThat(value(rows, "evaluation", "mean change", cts)).isEqualTo("-7.3");
        assertThat(value(rows, "evaluation", "effect size", cts)).isEqualTo("-0.84");
        assertThat(value(rows, "evaluation", "answered: after", cts)).isEqualTo("17");
        assertThat(value(rows, "evaluation", "response rate after: of those who started", cts)).isEqualTo("54.8%");
        assertThat(value(rows, "evaluation", "response rate after: of those who answered before", cts)).isEqualTo("61.5%");
        assertThat(value(rows, "evaluation", "response rate after: of completers", cts)).as("19 - 17 is below 5").isEqualTo("withheld");
        assertThat(value(rows, "evaluation", "response rate follow-up: of those who answered before", cts)).isEqualTo("34.6%");
        String psi = "Parenting Stress Index (short form) (children)";
        assertThat(value(rows, "evaluation", "matched pairs", psi)).isEqualTo("<5");
        assertThat(value(rows, "evaluation", "mean before", psi)).isEqualTo("withheld");
        assertThat(value(rows, "evaluation", "effect size", psi)).isEqualTo("withheld");
        assertThat(value(rows, "evaluation", "response rate after: of those who answered before", psi)).isEqualTo("withheld");
        assertThat(value(rows, "evaluation", "response rate follow-up: of completers", psi)).isEqualTo("n/a");

        assertThat(value(rows, "programme specifics", "Caring Dads: partner contact made", "")).isEqualTo("<5");
        assertThat(value(rows, "programme specifics", "DART children", "")).isEqualTo("11");
        assertThat(value(rows, "programme specifics", "crèche places used", "week 3")).isEqualTo("<5");

        // 3 report + 11 flow + 2 reasons + 1 overall + 36 weekly + 4 bands + 2 x (5 change + 2 pre + 4 post + 4 follow-up)
        // evaluation + 4 + 12 specifics
        assertThat(rows).hasSize(103);
        assertThat(rows).allSatisfy(row -> assertThat(row.size()).isEqualTo(4));
    }

    @Test
    void withoutSuppressionSaysSoAndPrintsEveryCount() throws IOException {
        List<CSVRecord> rows = parse(exports.csv(ReportFixtures.agencyReport(false)));

        assertThat(value(rows, "report", "small numbers", ""))
                .isEqualTo("Not suppressed: for use within the service only");
        assertThat(value(rows, "flow", "declined", "")).isEqualTo("3");
        assertThat(value(rows, "attendance", "rate", "week 2")).isEqualTo("96.8%");
        assertThat(rows).noneSatisfy(row -> assertThat(row.get("value")).isIn("<5", "withheld"));
    }

    @Test
    void startsWithAByteOrderMarkSoExcelReadsUtf8() {
        byte[] csv = exports.csv(ReportFixtures.agencyReport(true));
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFsection,measure,breakdown,value\r\n");
    }

    static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = format.parse(new StringReader(text.substring(1)))) {
            assertThat(parser.getHeaderNames()).containsExactly("section", "measure", "breakdown", "value");
            return parser.getRecords();
        }
    }

    private static String value(List<CSVRecord> rows, String section, String measure, String breakdown) {
        List<String> values = rows.stream()
                .filter(r -> r.get("section").equals(section) && r.get("measure").equals(measure)
                        && r.get("breakdown").equals(breakdown))
                .map(r -> r.get("value"))
                .toList();
        assertThat(values).as("%s / %s / %s", section, measure, breakdown).hasSize(1);
        return values.get(0);
    }
}
