package uk.dap.server.importing.interfaces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

class XlsxRowsTest {
    @Test
    void aWorkbookOverTheLimitIsRefusedWithTheWayToSendItInstead() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                return length;
            }
        };
        assertThatThrownBy(() -> new XlsxRows(endless)).isInstanceOf(UnreadableFile.class)
                .hasMessageContaining("at most 64 MB").hasMessageContaining("CSV UTF-8");
    }

    @Test
    void excelDateFormatsAreToldFromOtherNumbers() {
        assertThat(XlsxRows.isDateFormat("d mmm yyyy")).isTrue();
        assertThat(XlsxRows.isDateFormat("m/d/yy")).isTrue();
        assertThat(XlsxRows.isDateFormat("0.00")).isFalse();
        assertThat(XlsxRows.isDateFormat("General")).isFalse();
        assertThat(XlsxRows.isDateFormat("\"day\" 0")).isFalse();
    }

    @Test
    void aCellExcelHoldsAsATimeOfDayIsReadAsTheTimeItShows() throws Exception {
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Row row = workbook.createSheet().createRow(0);
            org.apache.poi.ss.usermodel.CellStyle time = workbook.createCellStyle();
            time.setDataFormat(workbook.createDataFormat().getFormat("hh:mm"));
            org.apache.poi.ss.usermodel.Cell start = row.createCell(0);
            start.setCellValue(18.5 / 24);
            start.setCellStyle(time);
            row.createCell(1).setCellValue(120);
            workbook.write(file);
        }
        try (XlsxRows rows = new XlsxRows(new java.io.ByteArrayInputStream(file.toByteArray()))) {
            assertThat(rows.next()).containsExactly("18:30", "120");
        }
        assertThat(XlsxRows.isTimeFormat("h:mm AM/PM")).isTrue();
        assertThat(XlsxRows.isTimeFormat("d mmm yyyy hh:mm")).isFalse();
        assertThat(XlsxRows.isTimeFormat("0")).isFalse();
    }
}
