package uk.dap.server.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CompletionReportXlsxTest {
    private final CompletionReportExports exports = new CompletionReportExports();
    private final DataFormatter shown = new DataFormatter(java.util.Locale.UK);

    @Test
    void opensWithTheExpectedSheetsEachStatingScopeAndSuppression() throws IOException {
        try (XSSFWorkbook workbook = open(exports.xlsx(ReportFixtures.agencyReport(true)))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names).containsExactly("Flow", "Attendance by week", "Attendance bands", "Evaluation",
                    "Programme specifics");
            for (var sheet : workbook) {
                assertThat(text(sheet, 0, 0)).isEqualTo("Completion report: " + ReportFixtures.TITLE);
                assertThat(text(sheet, 1, 0)).isEqualTo("Small numbers suppressed: counts below 5 are shown as <5 "
                        + "and rates derived from them are withheld");
                assertThat(text(sheet, 2, 0)).isEqualTo("Generated 23 Nov 2026");
            }
        }
    }

    @Test
    void cellsHoldTheFiguresAsShownWithCountsAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = open(exports.xlsx(ReportFixtures.agencyReport(true)))) {
            XSSFSheet flow = workbook.getSheet("Flow");
            assertThat(valueFor(flow, "Referred")).isEqualTo("48");
            assertThat(cellFor(flow, "Referred").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(valueFor(flow, "Declined")).isEqualTo("<5");
            assertThat(valueFor(flow, "Completion rate (of those who started)")).isEqualTo("61.3%");
            assertThat(valueFor(flow, "Moved away")).isEqualTo("<5");
            assertThat(valueFor(flow, "Stopped attending")).isEqualTo("5");

            XSSFSheet weeks = workbook.getSheet("Attendance by week");
            assertThat(valueFor(weeks, "Overall attendance rate")).isEqualTo("78.9%");
            Row week2 = rowFor(weeks, "2");
            assertThat(shown.formatCellValue(week2.getCell(2))).isEqualTo("30");
            assertThat(shown.formatCellValue(week2.getCell(3))).isEqualTo("withheld");
            assertThat(week2.getCell(CompletionXlsx.CHART_COLUMN)).as("no zero for the chart").isNull();
            assertThat(rowFor(weeks, "4").getCell(CompletionXlsx.CHART_COLUMN).getNumericCellValue())
                    .isCloseTo(83.87, org.assertj.core.data.Offset.offset(0.01));

            assertThat(valueFor(workbook.getSheet("Attendance bands"), "Below 50%")).isEqualTo("<5");

            XSSFSheet evaluation = workbook.getSheet("Evaluation");
            Row cts = rowFor(evaluation, "CTS2 physical assault");
            assertThat(shown.formatCellValue(cts.getCell(1))).isEqualTo("Participants");
            assertThat(shown.formatCellValue(cts.getCell(2))).isEqualTo("17");
            assertThat(shown.formatCellValue(cts.getCell(6))).isEqualTo("-0.84");
            Row ctsAfter = stageRow(evaluation, "CTS2 physical assault", "After");
            assertThat(shown.formatCellValue(ctsAfter.getCell(3))).isEqualTo("17");
            assertThat(shown.formatCellValue(ctsAfter.getCell(4))).isEqualTo("54.8%");
            assertThat(shown.formatCellValue(ctsAfter.getCell(5))).isEqualTo("61.5%");
            assertThat(shown.formatCellValue(ctsAfter.getCell(6))).isEqualTo("withheld");
            assertThat(shown.formatCellValue(stageRow(evaluation, "CTS2 physical assault", "Before").getCell(5))).isEqualTo("-");
            Row psi = rowFor(evaluation, "Parenting Stress Index (short form)");
            assertThat(shown.formatCellValue(psi.getCell(1))).isEqualTo("Children");
            assertThat(shown.formatCellValue(psi.getCell(2))).isEqualTo("<5");
            assertThat(shown.formatCellValue(psi.getCell(3))).isEqualTo("withheld");

            XSSFSheet specifics = workbook.getSheet("Programme specifics");
            assertThat(valueFor(specifics, "DART mothers")).isEqualTo("7");
            assertThat(valueFor(specifics, "Caring Dads: partner contact made")).isEqualTo("<5");
            assertThat(valueFor(specifics, "3")).as("crèche week 3").isEqualTo("<5");
        }
    }

    @Test
    void theWeeklySheetHasABarChartOfTheRateThatSkipsWithheldWeeks() throws IOException {
        try (XSSFWorkbook workbook = open(exports.xlsx(ReportFixtures.agencyReport(true)))) {
            List<XSSFChart> charts = workbook.getSheet("Attendance by week").getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(1);
            XSSFChart chart = charts.get(0);
            assertThat(chart.getTitleText().getString()).isEqualTo("Attendance rate by programme week");
            List<XDDFChartData> data = chart.getChartSeries();
            assertThat(data).hasSize(1).first().isInstanceOf(XDDFBarChartData.class);
            XDDFChartData.Series series = data.get(0).getSeries(0);
            assertThat(series.getCategoryData().getPointCount()).isEqualTo(12);
            assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("'Attendance by week'!$E$9:$E$20");
            var cache = chart.getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getVal().getNumRef()
                    .getNumCache();
            assertThat(cache.getPtCount().getVal()).isEqualTo(12);
            assertThat(cache.getPtList()).as("weeks 2 and 3 are withheld: no point, not zero").hasSize(10);
        }
    }

    private static XSSFWorkbook open(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private String text(org.apache.poi.ss.usermodel.Sheet sheet, int row, int column) {
        return shown.formatCellValue(sheet.getRow(row).getCell(column));
    }

    private Row rowFor(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && shown.formatCellValue(first).equals(label)) {
                return row;
            }
        }
        throw new AssertionError("No row " + label + " on " + sheet.getSheetName());
    }

    private Cell cellFor(XSSFSheet sheet, String label) {
        return rowFor(sheet, label).getCell(1);
    }

    private String valueFor(XSSFSheet sheet, String label) {
        return shown.formatCellValue(cellFor(sheet, label));
    }

    /** The response table's row of a questionnaire at a stage ("Before", "After", "Follow-up"). */
    private static Row stageRow(XSSFSheet sheet, String questionnaire, String stage) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(2) != null && questionnaire.equals(row.getCell(0).toString())
                    && stage.equals(row.getCell(2).toString())) {
                return row;
            }
        }
        throw new AssertionError("No row for " + questionnaire + " at " + stage);
    }
}
