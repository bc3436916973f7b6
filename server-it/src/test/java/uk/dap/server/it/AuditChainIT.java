package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import java.time.LocalDate;
import java.util.Set;
import uk.dap.server.attendance.application.AttendancePersonalRecords;
import uk.dap.server.audit.application.AuditQueries;
import uk.dap.server.audit.application.AuditTrail;
import uk.dap.server.audit.application.AuditTrailRetention;
import uk.dap.server.audit.domain.AuditOutcome;
import uk.dap.shared.api.dataprotection.RecordKind;
import uk.dap.shared.text.UkDates;
import uk.dap.shared.api.AuditVerification;

/**
 * The audit chain inside the running server: intact as written; an entry changed or removed directly in the
 * database (plain SQL, past the API) is found by the verify operation. Each tamper is undone afterwards. Also what the
 * retention schedule removes by a record's date (the oldest audit entries, kiosk details), asked about a day to come.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditChainIT {
    @Deployment
    static WebArchive deployment() {
        // In-container: the test class and AssertJ travel inside the WAR.
        java.io.File assertj = new java.io.File(org.assertj.core.api.Assertions.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        return Deployments.server().addClasses(AuditChainIT.class, Api.class, Api.Answer.class, Deployments.class).addAsLibraries(assertj);
    }

    @Inject
    AuditQueries audit;
    @Inject
    AuditTrailRetention retention;
    @Inject
    AuditTrail trail;
    @Inject
    AttendancePersonalRecords kiosks;
    @Resource
    jakarta.transaction.UserTransaction transaction;
    @Resource(lookup = "java:app/jdbc/dap")
    DataSource dataSource;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    @RunAsClient
    void theVerifyEndpointReportsAnIntactChainToAnAdminOnly() {
        Api api = new Api(base);
        Api.Answer answer = api.get("api/audit/verification", api.demo("admin"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().getBoolean("intact")).isTrue();
        assertThat(answer.json().getJsonNumber("entriesChecked").longValue()).isGreaterThan(1);
        assertThat(api.get("api/audit/verification", api.demo("lead")).status()).isEqualTo(403);
    }

    @Test
    @Order(2)
    void aRowChangedDirectlyInTheDatabaseIsDetected() throws Exception {
        assertThat(audit.verify().intact()).isTrue();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long seq;
            String action;
            try (ResultSet r = s.executeQuery("SELECT seq, action FROM audit_entry WHERE seq = 2")) {
                assertThat(r.next()).isTrue();
                seq = r.getLong(1);
                action = r.getString(2);
            }
            update(c, "UPDATE audit_entry SET action = ? WHERE seq = ?", "TAMPERED", seq);
            try {
                AuditVerification result = audit.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBadSeq()).isEqualTo(seq);
                assertThat(result.finding()).contains("changed");
            } finally {
                update(c, "UPDATE audit_entry SET action = ? WHERE seq = ?", action, seq);
            }
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @Order(3)
    void theLastEntryDeletedDirectlyIsDetected() throws Exception {
        String columns = "seq, occurred_at, actor, actor_role, action, record_type, record_id, outcome, detail, prev_hash, hash";
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            Object[] last = new Object[11];
            try (ResultSet r = s.executeQuery("SELECT " + columns + " FROM audit_entry ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")) {
                assertThat(r.next()).isTrue();
                for (int i = 0; i < last.length; i++) {
                    last[i] = r.getObject(i + 1);
                }
            }
            assertThat(s.executeUpdate("DELETE FROM audit_entry WHERE seq = " + last[0])).isEqualTo(1);
            try {
                AuditVerification result = audit.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.finding()).contains("removed from the end");
            } finally {
                try (PreparedStatement restore = c.prepareStatement("INSERT INTO audit_entry (" + columns + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                    for (int i = 0; i < last.length; i++) {
                        restore.setObject(i + 1, last[i]);
                    }
                    restore.executeUpdate();
                }
            }
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    @Order(4)
    void theOldestEntriesPassTheRetentionScheduleFromTheStartAndWhatIsLeftStillVerifies() throws Exception {
        audit.verify();
        long firstAboutHer;
        long lastBefore;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT MIN(seq) FROM audit_entry WHERE record_id = 'P-000001'")) {
                assertThat(r.next()).isTrue();
                firstAboutHer = r.getLong(1);
            }
            try (ResultSet r = s.executeQuery("SELECT last_seq FROM audit_head WHERE id = 1")) {
                assertThat(r.next()).isTrue();
                lastBefore = r.getLong(1);
            }
        }
        assertThat(firstAboutHer).as("the demo data's first person is named after the start").isGreaterThan(1);
        LocalDate tomorrow = LocalDate.now(UkDates.UK).plusDays(1);

        // A legal hold on P-000001 keeps every entry from the first that names her: only those before go.
        assertThat(retention.countRecordedBefore(RecordKind.AUDIT_TRAIL, tomorrow, Set.of(1L))).isEqualTo(firstAboutHer - 1);
        assertThat(retention.anonymiseRecordedBefore(RecordKind.AUDIT_TRAIL, tomorrow, Set.of(1L))).isEqualTo((int) (firstAboutHer - 1));
        AuditVerification afterHold = audit.verify();
        assertThat(afterHold.intact()).as(afterHold.finding()).isTrue();
        assertThat(afterHold.finding()).contains("the trail starts at entry " + firstAboutHer);

        // Without the hold, everything chained before tomorrow goes; the entries written since still verify from the new start.
        assertThat(retention.anonymiseRecordedBefore(RecordKind.AUDIT_TRAIL, tomorrow, Set.of())).isGreaterThanOrEqualTo((int) (lastBefore - firstAboutHer + 1));
        trail.recordAlone("TEST", "AuditChainIT", null, AuditOutcome.SUCCESS, "written after the oldest entries went");
        trail.recordAlone("TEST", "AuditChainIT", null, AuditOutcome.SUCCESS, "and another");
        audit.newest(1, null);
        AuditVerification after = audit.verify();
        assertThat(after.intact()).as(after.finding()).isTrue();

        // Removing the first entry left, other than by the schedule, is still found.
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            long first;
            try (ResultSet r = s.executeQuery("SELECT first_seq FROM audit_start WHERE id = 1")) {
                assertThat(r.next()).isTrue();
                first = r.getLong(1);
            }
            String columns = "seq, occurred_at, actor, actor_role, action, record_type, record_id, outcome, detail, prev_hash, hash";
            Object[] row = new Object[11];
            try (ResultSet r = s.executeQuery("SELECT " + columns + " FROM audit_entry WHERE seq = " + first)) {
                assertThat(r.next()).as("an entry written since the removal").isTrue();
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.getObject(i + 1);
                }
            }
            assertThat(s.executeUpdate("DELETE FROM audit_entry WHERE seq = " + first)).isEqualTo(1);
            try {
                AuditVerification result = audit.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.finding()).isEqualTo("Entry " + first + " is missing: the next entry found is " + (first + 1) + ".");
            } finally {
                try (PreparedStatement restore = c.prepareStatement("INSERT INTO audit_entry (" + columns + ") VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                    for (int i = 0; i < row.length; i++) {
                        restore.setObject(i + 1, row[i]);
                    }
                    restore.executeUpdate();
                }
            }
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    /**
     * Kiosk details go by the record's date (issue 22). Here, because this is the one test server where a test may
     * write to the database directly: no kiosk sign-in can be made with a past date, so a mark for a demo person is
     * added with a kiosk's details (and taken out again), and the schedule is asked about the day after tomorrow.
     */
    @Test
    @Order(5)
    void kioskDetailsOlderThanTheirPeriodGoExceptAHeldPersonsAndTheMarkStays() throws Exception {
        String id = java.util.UUID.randomUUID().toString();
        long person;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("INSERT INTO attendance (id, session_id, enrolment_id, status, sign_in_id, kiosk_id, kiosk_time, server_time,"
                    + " marked_by, version) SELECT '" + id + "', s.id, e.id, 'PRESENT', '" + id + "', 99, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
                    + " 'kiosk-99', 0 FROM enrolment e, cohort_session s"
                    + " WHERE NOT EXISTS (SELECT 1 FROM attendance a WHERE a.session_id = s.id AND a.enrolment_id = e.id) FETCH FIRST 1 ROWS ONLY"))
                    .as("a demo person and a demo session").isEqualTo(1);
            try (ResultSet r = s.executeQuery("SELECT e.participant_id FROM attendance a JOIN enrolment e ON e.id = a.enrolment_id WHERE a.id = '" + id + "'")) {
                assertThat(r.next()).isTrue();
                person = r.getLong(1);
            }
        }
        String status = "PRESENT";
        LocalDate later = LocalDate.now(UkDates.UK).plusDays(2);
        assertThat(kiosks.countRecordedBefore(RecordKind.KIOSK_AND_SIGN_IN, later, Set.of(person))).isZero();
        assertThat(inTransaction(() -> kiosks.anonymiseRecordedBefore(RecordKind.KIOSK_AND_SIGN_IN, later, Set.of(person)))).as("held").isZero();
        assertThat(kiosks.countRecordedBefore(RecordKind.KIOSK_AND_SIGN_IN, later, Set.of())).isEqualTo(1);
        assertThat(inTransaction(() -> kiosks.anonymiseRecordedBefore(RecordKind.KIOSK_AND_SIGN_IN, later, Set.of()))).isEqualTo(1);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT kiosk_id, kiosk_time, status FROM attendance WHERE id = '" + id + "'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getObject(1)).isNull();
            assertThat(r.getObject(2)).isNull();
            assertThat(r.getString(3)).as("the mark the report counts").isEqualTo(status);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM attendance WHERE id = '" + id + "'");
        }
    }

    /** As the run does it: in a transaction (the anonymising statements need one). */
    private int inTransaction(java.util.function.IntSupplier work) throws Exception {
        transaction.begin();
        try {
            int changed = work.getAsInt();
            transaction.commit();
            return changed;
        } catch (RuntimeException e) {
            transaction.rollback();
            throw e;
        }
    }

    private static void update(Connection c, String sql, String value, long seq) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, value);
            p.setLong(2, seq);
            assertThat(p.executeUpdate()).isEqualTo(1);
        }
    }
}
