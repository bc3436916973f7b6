package uk.dap.server.report.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import uk.dap.shared.api.report.BandFigure;
import uk.dap.shared.api.report.CompletionReport;
import uk.dap.shared.api.report.Figure;
import uk.dap.shared.api.report.InstrumentChange;
import uk.dap.shared.api.report.StageResponse;
import uk.dap.shared.api.report.LabelledFigure;
import uk.dap.shared.api.report.ReasonFigure;
import uk.dap.shared.api.report.ReportFlow;
import uk.dap.shared.api.report.WeekFigure;
import uk.dap.shared.api.report.WeekRate;

/**
 * The report as a workbook: one sheet a section, each opening with the scope, the suppression statement and the date
 * generated, so a sheet copied on its own still says what it is. Counts are numbers a reader can add up, except a
 * suppressed count, which is the text "&lt;5"; rates are printed as shown elsewhere ("62.5%", "withheld").
 */
final class CompletionXlsx {
    static final String FLOW = "Flow";
    static final String WEEKS = "Attendance by week";
    static final String BANDS = "Attendance bands";
    static final String EVALUATION = "Evaluation";
    static final String SPECIFICS = "Programme specifics";

    /** Column of the weekly sheet that feeds the chart: the rate as a number, empty when there is none to show. */
    static final int CHART_COLUMN = 4;

    private CompletionXlsx() {
    }

    static byte[] render(CompletionReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            workbook.getProperties().getCoreProperties().setTitle(
                    ReportWording.REPORT_NAME + ": " + ReportWording.title(report));
            // POI would otherwise put "Apache POI"; never the user's name.
            workbook.getProperties().getCoreProperties().setCreator("DAP service");
            flow(workbook.createSheet(FLOW), report, styles);
            weeks(workbook.createSheet(WEEKS), report, styles);
            bands(workbook.createSheet(BANDS), report, styles);
            evaluation(workbook.createSheet(EVALUATION), report, styles);
            specifics(workbook.createSheet(SPECIFICS), report, styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
    }

    private static void flow(XSSFSheet sheet, CompletionReport report, Styles styles) {
        int r = heading(sheet, report, styles, "Flow from referral to completion");
        ReportFlow flow = report.flow();
        r = header(sheet, r, styles, "Measure", "Count");
        r = count(sheet, r, styles, "Referred", flow.referred());
        r = count(sheet, r, styles, "Assessed", flow.assessed());
        r = count(sheet, r, styles, "Eligible", flow.eligible());
        r = count(sheet, r, styles, "Declined", flow.declined());
        r = count(sheet, r, styles, "Waiting", flow.waiting());
        r = count(sheet, r, styles, "Started (attended at least one session)", flow.started());
        r = count(sheet, r, styles, "Completed", flow.completed());
        r = count(sheet, r, styles, "Withdrawn", flow.withdrawn());
        r = count(sheet, r, styles, "Still active", flow.stillActive());
        r = text(sheet, r, styles, "Completion rate (of those who started)", flow.completionRate().shown());
        r = text(sheet, r, styles, "Median weeks to withdrawal", ReportWording.medianWeeks(report));
        r++;
        r = header(sheet, r, styles, "Withdrawn by reason", "Count");
        if (flow.withdrawnByReason().isEmpty()) {
            r = text(sheet, r, styles, "Nobody withdrew", "");
        }
        for (ReasonFigure reason : flow.withdrawnByReason()) {
            r = count(sheet, r, styles, reason.label(), reason.count());
        }
        widths(sheet, 42, 16);
    }

    private static void weeks(XSSFSheet sheet, CompletionReport report, Styles styles) {
        int r = heading(sheet, report, styles, "Attendance by programme week");
        r = text(sheet, r, styles, "Overall attendance rate", report.attendance().overall().shown());
        r++;
        r = header(sheet, r, styles, "Week", "Expected", "Attended", "Attendance rate", "Rate for chart (%)");
        List<WeekRate> weeks = report.attendance().weeks();
        int first = r;
        for (WeekRate week : weeks) {
            Row row = sheet.createRow(r++);
            number(row, 0, week.week(), styles.number);
            figure(row, 1, week.expected(), styles);
            figure(row, 2, week.attended(), styles);
            cell(row, 3, week.rate().shown(), styles.right);
            // Left empty when withheld, so the chart leaves a gap instead of a zero.
            if (!week.rate().withheld() && week.rate().percent() != null) {
                Cell rate = row.createCell(CHART_COLUMN);
                rate.setCellValue(week.rate().percent());
                rate.setCellStyle(styles.decimal);
            }
        }
        widths(sheet, 10, 12, 12, 18, 20);
        if (!weeks.isEmpty()) {
            chart(sheet, first, r - 1, r + 1);
        }
    }

    /** A column chart of the weekly rate, drawn from the sheet's own cells so it stays true if they are edited. */
    private static void chart(XSSFSheet sheet, int firstRow, int lastRow, int anchorRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, anchorRow, 8, anchorRow + 20);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Attendance rate by programme week");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis weeks = chart.createCategoryAxis(AxisPosition.BOTTOM);
        weeks.setTitle("Programme week");
        XDDFValueAxis rate = chart.createValueAxis(AxisPosition.LEFT);
        rate.setTitle("Attendance rate (%)");
        rate.setMinimum(0);
        rate.setMaximum(100);
        rate.setCrosses(AxisCrosses.AUTO_ZERO);
        // Bars sit between the category ticks, so the first and last weeks are not cut in half.
        rate.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFNumericalDataSource<Double> categories =
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(firstRow, lastRow, CHART_COLUMN, CHART_COLUMN));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, weeks, rate);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(categories, values);
        series.setTitle("Attendance rate", null);
        series.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {0x2B, 0x6C, (byte) 0xB0})));
        chart.plot(data);
        chart.getCTChart().addNewDispBlanksAs().setVal(STDispBlanksAs.GAP);
    }

    private static void bands(XSSFSheet sheet, CompletionReport report, Styles styles) {
        int r = heading(sheet, report, styles, "Started participants by personal attendance rate");
        r = header(sheet, r, styles, "Attendance band", "People");
        for (BandFigure band : report.attendance().bands()) {
            r = count(sheet, r, styles, band.band(), band.people());
        }
        widths(sheet, 24, 12);
    }

    private static void evaluation(XSSFSheet sheet, CompletionReport report, Styles styles) {
        int r = heading(sheet, report, styles, "Evaluation: change on each questionnaire");
        r = header(sheet, r, styles, "Questionnaire", "Who", "Matched pairs", "Mean before", "Mean after", "Mean change",
                "Effect size (d)");
        if (report.evaluation().isEmpty()) {
            r = text(sheet, r, styles, "No questionnaires in scope", "");
        }
        for (InstrumentChange change : report.evaluation()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, change.title(), styles.plain);
            cell(row, 1, change.group().label(), styles.plain);
            figure(row, 2, change.pairs(), styles);
            cell(row, 3, ReportWording.score(change.meanBefore(), change.withheld()), styles.right);
            cell(row, 4, ReportWording.score(change.meanAfter(), change.withheld()), styles.right);
            cell(row, 5, ReportWording.score(change.meanChange(), change.withheld()), styles.right);
            cell(row, 6, ReportWording.effectSize(change.effectSize(), change.withheld()), styles.right);
        }
        r++;
        r = text(sheet, r, styles, "Effect size: mean change over the standard deviation of the changes (paired).", "");
        r++;
        r = header(sheet, r, styles, "Questionnaire", "Who", "Stage", "Answered", "Of those who started", "Of those who answered before",
                "Of completers");
        for (InstrumentChange change : report.evaluation()) {
            for (StageResponse at : change.responses()) {
                Row row = sheet.createRow(r++);
                cell(row, 0, change.title(), styles.plain);
                cell(row, 1, change.group().label(), styles.plain);
                cell(row, 2, ReportWording.stage(at), styles.plain);
                figure(row, 3, at.answered(), styles);
                cell(row, 4, ReportWording.rate(at.ofStarted()), styles.right);
                cell(row, 5, ReportWording.rate(at.ofPre()), styles.right);
                cell(row, 6, ReportWording.rate(at.ofCompleters()), styles.right);
            }
        }
        r++;
        text(sheet, r, styles, ReportWording.RATES_EXPLAINED, "");
        widths(sheet, 34, 14, 13, 13, 20, 26, 15);
    }

    private static void specifics(XSSFSheet sheet, CompletionReport report, Styles styles) {
        int r = heading(sheet, report, styles, "Programme specifics");
        if (report.specifics() == null
                || report.specifics().figures().isEmpty() && report.specifics().crechePlacesByWeek().isEmpty()) {
            text(sheet, r, styles, "None for the programmes in scope", "");
            widths(sheet, 48, 12);
            return;
        }
        if (!report.specifics().figures().isEmpty()) {
            r = header(sheet, r, styles, "Measure", "Count");
            for (LabelledFigure figure : report.specifics().figures()) {
                r = count(sheet, r, styles, figure.label(), figure.count());
            }
            r++;
        }
        if (!report.specifics().crechePlacesByWeek().isEmpty()) {
            r = header(sheet, r, styles, "Week", "Crèche places used");
            for (WeekFigure week : report.specifics().crechePlacesByWeek()) {
                Row row = sheet.createRow(r++);
                number(row, 0, week.week(), styles.number);
                figure(row, 1, week.count(), styles);
            }
        }
        widths(sheet, 48, 18);
    }

    /** The scope, the suppression statement and the date, above every sheet's table; returns the next free row. */
    private static int heading(XSSFSheet sheet, CompletionReport report, Styles styles, String section) {
        cell(sheet.createRow(0), 0, ReportWording.REPORT_NAME + ": " + ReportWording.title(report), styles.title);
        cell(sheet.createRow(1), 0, ReportWording.suppression(report),
                report.suppressed() ? styles.suppressed : styles.internal);
        cell(sheet.createRow(2), 0, ReportWording.generatedLine(report), styles.plain);
        cell(sheet.createRow(4), 0, section, styles.section);
        return 5;
    }

    private static int header(XSSFSheet sheet, int r, Styles styles, String... titles) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < titles.length; i++) {
            cell(row, i, titles[i], i == 0 ? styles.header : styles.headerRight);
        }
        return r + 1;
    }

    private static int count(XSSFSheet sheet, int r, Styles styles, String label, Figure figure) {
        Row row = sheet.createRow(r);
        cell(row, 0, label, styles.plain);
        figure(row, 1, figure, styles);
        return r + 1;
    }

    private static int text(XSSFSheet sheet, int r, Styles styles, String label, String value) {
        Row row = sheet.createRow(r);
        cell(row, 0, label, styles.plain);
        if (!value.isEmpty()) {
            cell(row, 1, value, styles.right);
        }
        return r + 1;
    }

    private static void figure(Row row, int column, Figure figure, Styles styles) {
        if (figure.suppressed()) {
            cell(row, column, figure.shown(), styles.right);
        } else {
            number(row, column, figure.value(), styles.number);
        }
    }

    private static void number(Row row, int column, int value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void widths(XSSFSheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, characters[i] * 256);
        }
    }

    /** The few cell styles the workbook uses (a workbook holds a limited number, so they are made once). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle section;
        final CellStyle suppressed;
        final CellStyle internal;
        final CellStyle header;
        final CellStyle headerRight;
        final CellStyle plain;
        final CellStyle right;
        final CellStyle number;
        final CellStyle decimal;

        Styles(XSSFWorkbook workbook) {
            title = workbook.createCellStyle();
            title.setFont(font(workbook, 14, true, IndexedColors.BLACK));
            section = workbook.createCellStyle();
            section.setFont(font(workbook, 12, true, IndexedColors.DARK_BLUE));
            suppressed = workbook.createCellStyle();
            suppressed.setFont(font(workbook, 11, true, IndexedColors.DARK_GREEN));
            internal = workbook.createCellStyle();
            internal.setFont(font(workbook, 11, true, IndexedColors.DARK_RED));
            header = workbook.createCellStyle();
            header.setFont(font(workbook, 11, true, IndexedColors.BLACK));
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            headerRight = workbook.createCellStyle();
            headerRight.cloneStyleFrom(header);
            headerRight.setAlignment(HorizontalAlignment.RIGHT);
            headerRight.setWrapText(true);
            plain = workbook.createCellStyle();
            right = workbook.createCellStyle();
            right.setAlignment(HorizontalAlignment.RIGHT);
            number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("0"));
            decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        }

        private static Font font(XSSFWorkbook workbook, int points, boolean bold, IndexedColors colour) {
            Font font = workbook.createFont();
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            font.setColor(colour.getIndex());
            return font;
        }
    }
}
