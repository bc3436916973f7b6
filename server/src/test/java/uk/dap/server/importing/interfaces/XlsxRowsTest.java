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
}
