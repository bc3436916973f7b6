package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import uk.dap.server.participant.domain.NameWords;

/** The name words (V24) of everyone recorded before they existed, by the same rule as for a new person. */
public class V24_1__Participant_name_words extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement read = c.createStatement();
             ResultSet rs = read.executeQuery("SELECT id, first_name, last_name FROM participant");
             PreparedStatement write = c.prepareStatement("INSERT INTO participant_name_word (participant_id, word) VALUES (?, ?)")) {
            int pending = 0;
            while (rs.next()) {
                for (String word : NameWords.of(rs.getString(2), rs.getString(3))) {
                    write.setLong(1, rs.getLong(1));
                    write.setString(2, word);
                    write.addBatch();
                    pending++;
                }
                if (pending >= 1000) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
