package uk.dap.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.dap.server.audit.application.AuditChainVerifier;
import uk.dap.server.audit.domain.AuditRecord;
import uk.dap.server.infrastructure.database.DerbySystem;

/**
 * The command-line check's engine on a real encrypted Derby with the real migrations: a chain written by the
 * chaining rule verifies; a changed row, a gap, or a missing end does not.
 */
class AuditVerifyCommandTest {
    @TempDir
    Path dir;
    EmbeddedDataSource ds;

    @BeforeEach
    void database() throws Exception {
        DerbySystem.configure(dir);
        ds = new EmbeddedDataSource();
        ds.setDatabaseName(dir.resolve("db").toString());
        ds.setCreateDatabase("create");
        ds.setConnectionAttributes("dataEncryption=true;encryptionAlgorithm=AES/CBC/NoPadding;bootPassword=test-key-0123456789");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        try (Connection c = ds.getConnection()) {
            String previous = AuditRecord.GENESIS_HASH;
            for (long seq = 1; seq <= 5; seq++) {
                AuditRecord record = new AuditRecord(seq, Instant.parse("2026-11-23T10:15:30.123Z").plusSeconds(seq), "demo-admin",
                        "ADMIN", "CREATE", "Venue", Long.toString(seq), "SUCCESS", null);
                String hash = record.hash(previous);
                try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_entry (seq, occurred_at, actor, actor_role, action, "
                        + "record_type, record_id, outcome, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                    p.setLong(1, seq);
                    p.setTimestamp(2, Timestamp.valueOf(LocalDateTime.ofInstant(record.at(), ZoneOffset.UTC)));
                    p.setString(3, record.actor());
                    p.setString(4, record.actorRole());
                    p.setString(5, record.action());
                    p.setString(6, record.recordType());
                    p.setString(7, record.recordId());
                    p.setString(8, record.outcome());
                    p.setString(9, record.detail());
                    p.setString(10, previous);
                    p.setString(11, hash);
                    p.executeUpdate();
                }
                previous = hash;
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE audit_head SET last_seq = 5, last_hash = ? WHERE id = 1")) {
                p.setString(1, previous);
                p.executeUpdate();
            }
        }
    }

    @AfterEach
    void shutdown() {
        DerbySystem.shutdown();
    }

    @Test
    void anUntouchedChainIsIntact() throws Exception {
        try (Connection c = ds.getConnection()) {
            assertThat(AuditChainVerifier.verify(c).intact()).isTrue();
            assertThat(AuditChainVerifier.verify(c).entriesChecked()).isEqualTo(5);
        }
    }

    @Test
    void aChangedDetailIsFoundAtItsEntry() throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_entry SET record_id = '99' WHERE seq = 3");
            var result = AuditChainVerifier.verify(c);
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(3L);
        }
    }

    @Test
    void aDeletedMiddleEntryIsFound() throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM audit_entry WHERE seq = 2");
            var result = AuditChainVerifier.verify(c);
            assertThat(result.intact()).isFalse();
            assertThat(result.finding()).contains("missing");
        }
    }

    @Test
    void aCutOffEndIsFound() throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM audit_entry WHERE seq = 5");
            var result = AuditChainVerifier.verify(c);
            assertThat(result.intact()).isFalse();
            assertThat(result.finding()).contains("removed from the end");
        }
    }
}
