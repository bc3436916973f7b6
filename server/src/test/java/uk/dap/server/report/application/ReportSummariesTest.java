package uk.dap.server.report.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dap.server.infrastructure.database.DerbySystem;

/**
 * The prepared rows after a bulk load, on a real encrypted Derby with the real schema: a report does not wait for a
 * backlog (it rebuilds a short queue for its catch-up time, leaves a bulk load's to the background, and says how many
 * are left), and the background round brings the statistics up to date before working through a backlog that long.
 */
class ReportSummariesTest {
    private static final int BACKLOG = 5_000;

    @TempDir
    Path dir;
    EmbeddedDataSource ds;
    ReportSummaries summaries;

    @BeforeEach
    void database() throws SQLException {
        DerbySystem.configure(dir);
        ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.resolve("db").toString());
        ds.setCreateDatabase("create");
        ds.setConnectionAttributes("dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;bootPassword=test-key-0123456789");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        summaries = new ReportSummaries();
        summaries.dataSource = ds;
    }

    @AfterEach
    void shutDown() {
        ds.setShutdownDatabase("shutdown");
        try {
            ds.getConnection().close();
        } catch (SQLException expected) {
            // Derby answers a clean shutdown with an exception.
        }
    }

    @Test
    void aReportRebuildsAShortQueueForItsCatchUpTimeAndSaysHowManyAreLeft() throws SQLException {
        markStale(ReportSummaries.REPORT_CATCHES_UP);
        summaries.catchUpMillis = 0;

        ReportSummaries.Progress progress = summaries.catchUp();

        assertThat(progress.rebuilt()).as("one batch, then the time is up").isEqualTo(ReportSummaries.BATCH);
        assertThat(progress.waiting()).as("the enrolments the report says are being brought up to date").isEqualTo(ReportSummaries.REPORT_CATCHES_UP - ReportSummaries.BATCH);
        assertThat(markers()).isEqualTo(ReportSummaries.REPORT_CATCHES_UP - ReportSummaries.BATCH);
    }

    @Test
    void aReportDuringALongerQueueAnswersAtOnceAndLeavesItToTheBackground() throws SQLException {
        markStale(BACKLOG);
        summaries.catchUpMillis = 60_000;

        ReportSummaries.Progress progress = summaries.catchUp();

        assertThat(progress).isEqualTo(new ReportSummaries.Progress(0, BACKLOG));
        assertThat(markers()).isEqualTo(BACKLOG);
    }

    @Test
    void theBackgroundRoundRefreshesTheStatisticsOfALargeBacklogThenWorksThroughIt() throws SQLException {
        markStale(BACKLOG);
        summaries.catchUpMillis = 500;

        assertThat(summaries.refreshPending()).isEqualTo(BACKLOG);

        assertThat(summaries.plannedFor).as("statistics brought up to date for this backlog").isPositive();
        assertThat(markers()).isZero();
        assertThat(summaries.catchUp()).as("nothing left: the report counts every change").isEqualTo(new ReportSummaries.Progress(0, 0));
    }

    private void markStale(int enrolments) throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement("INSERT INTO report_stale (enrolment_id) VALUES (?)")) {
            for (long id = 1; id <= enrolments; id++) {
                st.setLong(1, id);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private int markers() throws SQLException {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM report_stale");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
