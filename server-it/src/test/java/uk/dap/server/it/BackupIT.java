package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.Test;
import uk.dap.server.backup.application.RestoreCommand;

/**
 * Issue 18, item 19: an online backup taken while kiosk sign-ins stream in, restored into a new data folder with the
 * restore command, holds every sign-in acknowledged before the backup began, and its audit chain verifies.
 */
class BackupIT extends ServerIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String PIN = "735219";

    @Test
    void aBackupTakenWhileSignInsStreamInRestoresWithEverySignInAcknowledgedBeforeIt() throws Exception {
        Cases cases = new Cases(api);
        Cases.Account lead = cases.account("PROGRAMME_LEAD", "FREEDOM");
        Cases.Account referrer = cases.account("REFERRER");
        Cases.Account keyWorker = cases.account("KEY_WORKER");
        Cases.Account facilitator = cases.account("FACILITATOR");
        Cases.expect(api.put("api/me/pin", "{\"pin\":\"" + PIN + "\"}", facilitator.token()), 204);
        long venue = cases.venue("Backup Rooms");
        String kiosk = cases.kiosk(venue);
        JsonObject cohort = cases.cohort(lead.token(), "FREEDOM", venue, TODAY, "07:00", 12, facilitator.id());
        long session = cohort.getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        List<Long> enrolments = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            enrolments.add(cases.placedInFreedom(referrer.token(), lead.token(), keyWorker.id(), cohort.getInt("id"), "Backup", "Person-" + i, null)
                    .enrolment());
        }
        Cases.expect(api.post("api/kiosk/sessions/" + session + "/opening",
                "{\"username\":\"" + facilitator.username() + "\",\"pin\":\"" + PIN + "\"}", kiosk), 200);

        List<String> acknowledged = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> stream = CompletableFuture.runAsync(() -> {
            for (long enrolment : enrolments) {
                String id = UUID.randomUUID().toString();
                Api.Answer answer = api.post("api/kiosk/sign-ins", """
                        {"id":"%s","sessionId":%d,"enrolmentId":%d,"signedInAt":"%s"}""".formatted(id, session, enrolment, Instant.now()), kiosk);
                assertThat(answer.status()).as(answer.body()).isEqualTo(200);
                acknowledged.add(id);
                sleep(150);
            }
        });
        while (acknowledged.size() < 4 && !stream.isDone()) {
            sleep(20);
        }
        Set<String> beforeTheBackup = new HashSet<>(acknowledged);
        String admin = api.demo("admin");
        Api.Answer taken = api.post("api/backups", null, admin);
        stream.get();

        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        String name = taken.json().getString("name");
        assertThat(acknowledged).as("sign-ins went on while the backup was taken").hasSizeGreaterThan(beforeTheBackup.size());
        assertThat(api.get("api/backups", admin).array().getValuesAs(JsonObject.class)).extracting(b -> b.getString("name")).contains(name);
        assertThat(api.get("api/backups", lead.token()).status()).as("administrators only").isEqualTo(403);

        Path restored = Api.IT_DIR.resolve("restored-" + UUID.randomUUID()).toAbsolutePath();
        String key = Files.readString(server().folder().resolve("keys").resolve("database.key"), StandardCharsets.US_ASCII).trim();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = RestoreCommand.run(server().folder().resolve("backups").resolve(name), restored, key,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).as(out.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Audit chain INTACT");
        assertThat(signInsIn(restored, key)).as("every sign-in acknowledged before the backup began").containsAll(beforeTheBackup);
        assertThat(RestoreCommand.run(server().folder().resolve("backups").resolve(name), restored, key, System.out,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).as("never over a database").isEqualTo(2);
    }

    private static Set<String> signInsIn(Path dataFolder, String key) throws Exception {
        EmbeddedDataSource ds = new EmbeddedDataSource();
        ds.setDatabaseName(dataFolder.resolve("db").toString());
        ds.setConnectionAttributes("bootPassword=" + key);
        Set<String> ids = new HashSet<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sign_in_id FROM attendance WHERE sign_in_id IS NOT NULL")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        } finally {
            ds.setShutdownDatabase("shutdown");
            try {
                ds.getConnection().close();
            } catch (java.sql.SQLException expected) {
                // A clean shutdown is reported as an exception.
            }
        }
        return ids;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
