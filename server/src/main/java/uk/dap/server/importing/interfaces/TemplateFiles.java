package uk.dap.server.importing.interfaces;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.dap.shared.api.importing.ImportColumn;
import uk.dap.shared.api.importing.ImportTemplate;

/**
 * A kind's template as a file to fill in: the headings in row 1 and an example row beneath (an import refuses the
 * example row left in, so it cannot come in as a person). The XLSX adds a sheet saying what each column takes; every
 * cell is text, so that Excel keeps "0042" and a date as it is typed.
 */
final class TemplateFiles {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TemplateFiles() {
    }

    static byte[] csv(ImportTemplate template) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(template.columns().stream().map(ImportColumn::heading).toList());
            printer.printRecord(template.columns().stream().map(ImportColumn::example).toList());
        } catch (IOException never) {
            throw new UncheckedIOException(never);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] xlsx(ImportTemplate template) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Sheet rows = workbook.createSheet(template.title());
            Row headings = rows.createRow(0);
            Row example = rows.createRow(1);
            for (int i = 0; i < template.columns().size(); i++) {
                ImportColumn column = template.columns().get(i);
                headings.createCell(i).setCellValue(column.heading());
                headings.getCell(i).setCellStyle(bold);
                example.createCell(i).setCellValue(column.example());
                rows.setDefaultColumnStyle(i, text);
                rows.setColumnWidth(i, Math.max(12, column.heading().length() + 4) * 256);
            }
            rows.createFreezePane(0, 1);
            Sheet about = workbook.createSheet("About these columns");
            Row aboutHeadings = about.createRow(0);
            String[] titles = {"Column", "Must be filled in", "What it takes", "Example"};
            for (int i = 0; i < titles.length; i++) {
                aboutHeadings.createCell(i).setCellValue(titles[i]);
                aboutHeadings.getCell(i).setCellStyle(bold);
            }
            for (int i = 0; i < template.columns().size(); i++) {
                ImportColumn column = template.columns().get(i);
                Row line = about.createRow(i + 1);
                line.createCell(0).setCellValue(column.heading());
                line.createCell(1).setCellValue(column.required() ? "Yes" : "No");
                line.createCell(2).setCellValue(column.takes());
                line.createCell(3).setCellValue(column.example());
            }
            about.setColumnWidth(0, 30 * 256);
            about.setColumnWidth(1, 18 * 256);
            about.setColumnWidth(2, 90 * 256);
            about.setColumnWidth(3, 30 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException never) {
            throw new UncheckedIOException(never);
        }
    }
}
