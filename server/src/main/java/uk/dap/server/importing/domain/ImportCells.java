package uk.dap.server.importing.domain;

import java.time.LocalDate;
import uk.dap.shared.text.UkDates;

/** Values written into an export's cells as an import reads them back: dates as "4 Mar 1988", Yes or No. */
public final class ImportCells {
    private ImportCells() {
    }

    public static String date(LocalDate day) {
        return day == null ? null : UkDates.date(day);
    }

    public static String yesNo(Boolean answer) {
        return answer == null ? null : answer ? "Yes" : "No";
    }

    /** A score as it is read back: 22 for 22.0, 21.5 as it is. */
    public static String number(Double value) {
        return value == null ? null : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
