package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills in {@code ended_on} (V19) for enrolments that ended before it existed: the UK day of {@code ended_at}, which
 * holds UTC wall-clock time (InstantConverter). In SQL, {@code CAST(ended_at AS DATE)} would give the UTC day, one day
 * early for anything recorded between midnight and 1 am in summer. Then the report's prepared rows take the same day,
 * and their old copy of {@code ended_at} goes.
 */
public class V19_1__Ended_on_in_uk_days extends BaseJavaMigration {
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery("SELECT id, ended_at FROM enrolment WHERE ended_at IS NOT NULL");
             PreparedStatement write = c.prepareStatement("UPDATE enrolment SET ended_on = ? WHERE id = ?")) {
            int pending = 0;
            while (rs.next()) {
                write.setDate(1, java.sql.Date.valueOf(ukDay(rs.getTimestamp(2).toLocalDateTime())));
                write.setLong(2, rs.getLong(1));
                write.addBatch();
                if (++pending == 1000) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE report_enrolment SET ended_on = (SELECT e.ended_on FROM enrolment e WHERE e.id = report_enrolment.enrolment_id)");
            st.executeUpdate("ALTER TABLE report_enrolment DROP COLUMN ended_at");
        }
    }

    /** The UK day of a moment stored as UTC wall-clock time. */
    static LocalDate ukDay(java.time.LocalDateTime utcWallClock) {
        return utcWallClock.atOffset(ZoneOffset.UTC).atZoneSameInstant(UK).toLocalDate();
    }
}
