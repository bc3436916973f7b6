package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.dap.shared.text.UkDates;

/**
 * Issue 22: a perpetrator's subject access request. His partner is linked to him as the victim, with a confidential
 * address; her worker keeps partner-contact notes on his file; a facilitator's group observation names another man in
 * the group. His pack holds his own record, notes, attendance and who looked at his record, and none of her details,
 * words or whereabouts, nor the other man's name, nor staff names, in the PDF's text or in the JSON.
 */
class SubjectAccessIT extends ServerIT {
    private static final String RUN = Histories.letters("Sar");
    private static final LocalDate TODAY = LocalDate.now(UkDates.UK);

    @Test
    void aPerpetratorsPackHoldsHisRecordsAndNothingOfHisPartnersOrAnotherGroupMembers() throws IOException {
        Cases cases = new Cases(api);
        Cases.Account lead = cases.account("PROGRAMME_LEAD", "CARING_DADS");
        Cases.Account hisKeyWorker = cases.account("KEY_WORKER");
        Cases.Account partnerWorker = cases.account("KEY_WORKER");
        Cases.Account facilitator = cases.account("FACILITATOR");
        Cases.Account referrer = cases.account("REFERRER");
        long venue = cases.venue("Access Hall " + RUN);
        JsonObject cohort = cases.cohort(lead.token(), "CARING_DADS", venue, TODAY.minusWeeks(1), "18:00", 12, facilitator.id(),
                cases.account("FACILITATOR").id());
        long him = placedFather(cases, lead, referrer, hisKeyWorker, "Dylan" + RUN, "Subject" + RUN, cohort.getInt("id"));
        placedFather(cases, lead, referrer, hisKeyWorker, "Gwyn" + RUN, "Groupmate" + RUN, cohort.getInt("id"));
        long her = cases.participant(partnerWorker.token(), """
                {"firstName":"Nerys%1$s","lastName":"Partner%1$s","dateOfBirth":"1986-06-06","gender":"FEMALE",
                 "contact":{"address":"7 Hidden Lane, Refugetown","postcode":"ZZ9 9ZZ","phone":"00000 999777","email":"nerys@example.invalid"},
                 "contactConfidential":true,"confidentialReason":"In a refuge"}
                """.formatted(RUN));
        Cases.expect(api.post("api/participants/" + her + "/links", """
                {"otherReference":"P-%06d","otherDateOfBirth":"1980-05-05","relationship":"EX_PARTNER","thisRole":"VICTIM","otherRole":"PERPETRATOR"}
                """.formatted(him), partnerWorker.token()), 201);
        String notes = "api/participants/" + him + "/notes";
        Cases.expect(api.post(notes, note("ONE_TO_ONE", "Session on managing anger " + RUN + "."), hisKeyWorker.token()), 201);
        Cases.expect(api.post(notes, note("PARTNER_CONTACT", "Nerys" + RUN + " says he turned up at 7 Hidden Lane; she is frightened."),
                partnerWorker.token()), 201);
        Cases.expect(api.post(notes, note("GROUP_OBSERVATION", "Supportive of Gwyn" + RUN + " Groupmate" + RUN + " in the group " + RUN + "."),
                facilitator.token()), 201);
        Cases.expect(api.post(notes, note("PHONE_CALL", "Asked about his hearing; wants it kept private " + RUN + "."), hisKeyWorker.token()), 201);
        api.get("api/participants/" + him, hisKeyWorker.token());

        // Logged with the day received and how identity was checked; due a calendar month later.
        JsonObject logged = Cases.expect(api.post("api/subject-access-requests", """
                {"participantId":%d,"receivedOn":"%s","identityChecked":"Photo ID seen by his key worker"}
                """.formatted(him, TODAY), lead.token()), 201).json();
        long id = logged.getJsonNumber("id").longValue();
        assertThat(logged.getString("dueOn")).isEqualTo(TODAY.plusMonths(1).toString());
        assertThat(logged.getString("status")).isEqualTo("OPEN");
        assertThat(api.get("api/subject-access-requests", api.demo("admin")).array().getValuesAs(JsonObject.class))
                .anyMatch(r -> r.getJsonNumber("id").longValue() == id);
        assertThat(api.get("api/subject-access-requests/" + id + "/items", api.demo("admin")).status())
                .as("an administrator sees no case records, so cannot review a pack").isEqualTo(403);
        Api.Answer future = api.post("api/subject-access-requests", "{\"participantId\":%d,\"receivedOn\":\"%s\",\"identityChecked\":\"x\"}"
                .formatted(him, TODAY.plusDays(1)), lead.token());
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).contains("not in the future");

        // The reviewer sees every item, other people's details already out, and withholds one under an exemption.
        List<JsonObject> items = Cases.expect(api.get("api/subject-access-requests/" + id + "/items", lead.token()), 200).array().getValuesAs(JsonObject.class);
        assertThat(items).extracting(i -> i.getString("section")).contains("Your record", "Referrals, consent and risk", "Programmes",
                "Case notes", "Who has looked at your record");
        assertThat(items.toString()).contains("Session on managing anger", "Supportive of [someone else's details removed]")
                .doesNotContain("frightened", "Gwyn" + RUN, "Nerys" + RUN, "Hidden Lane");
        String phoneCall = items.stream().filter(i -> i.getString("title").equals("Phone call")).findFirst().orElseThrow().getString("key");
        Cases.expect(api.post("api/subject-access-requests/" + id + "/items/" + phoneCall + "/withhold",
                "{\"reason\":\"DPA 2018 Sch. 2 para 5: legal proceedings\"}", lead.token()), 204);
        assertThat(Cases.expect(api.get("api/subject-access-requests/" + id + "/items", lead.token()), 200).array().getValuesAs(JsonObject.class))
                .filteredOn(i -> i.getString("key").equals(phoneCall)).singleElement()
                .satisfies(i -> assertThat(i.getString("exemption")).isEqualTo("DPA 2018 Sch. 2 para 5: legal proceedings"));
        assertThat(api.get("api/subject-access-requests/" + id + "/pack", lead.token()).status()).as("nothing leaves before release").isEqualTo(409);

        JsonObject released = Cases.expect(api.post("api/subject-access-requests/" + id + "/release", "", lead.token()), 200).json();
        assertThat(released.getString("status")).isEqualTo("RELEASED");
        assertThat(released.getInt("withheld")).isEqualTo(1);
        assertThat(api.post("api/subject-access-requests/" + id + "/release", "", lead.token()).status()).isEqualTo(409);

        Map<String, byte[]> files = unzip(download("api/subject-access-requests/" + id + "/pack", lead.token()));
        String reference = "P-%06d".formatted(him);
        assertThat(files).containsOnlyKeys("records-" + reference + ".pdf", "records-" + reference + ".json");
        String pdf = text(files.get("records-" + reference + ".pdf"));
        render(files.get("records-" + reference + ".pdf"));
        String json = new String(files.get("records-" + reference + ".json"), StandardCharsets.UTF_8);
        for (String pack : List.of(pdf, json)) {
            assertThat(pack).contains("Dylan" + RUN, reference, "Session on managing anger " + RUN, "Supportive of [someone else", "Key worker",
                    "Facilitator", "looked at your record");
            assertThat(pack).as("her details, words and whereabouts; the other man; staff names; the withheld item")
                    .doesNotContain("Nerys" + RUN, "Partner" + RUN, "Hidden Lane", "Refugetown", "ZZ9 9ZZ", "999777", "nerys@", "refuge",
                            "frightened", "Partner contact", "Gwyn" + RUN, "Groupmate" + RUN, "Test KEY_WORKER", "Test FACILITATOR",
                            hisKeyWorker.username(), "his hearing");
        }
        List<JsonObject> audit = api.get("api/audit?limit=300", api.demo("admin")).array().getValuesAs(JsonObject.class);
        assertThat(audit).filteredOn(e -> e.getString("action").equals("RELEASE_SUBJECT_ACCESS")).anySatisfy(e ->
                assertThat(e.getString("detail")).startsWith(reference + ": ").contains("1 withheld, SHA-256 " + released.getString("packSha256")));
        assertThat(audit).filteredOn(e -> e.getString("action").startsWith("WITHHOLD")).allSatisfy(e ->
                assertThat(e.getString("detail")).doesNotContain("legal proceedings"));
    }

    @Test
    void aRequestIsDueOneCalendarMonthOnAndWarnsAsTheDayNearsAndCanBeExtendedOnce() {
        Cases cases = new Cases(api);
        Cases.Account lead = cases.account("PROGRAMME_LEAD", "FREEDOM");
        long her = cases.participant(lead.token(), """
                {"firstName":"Mair%s","lastName":"Example","dateOfBirth":"1990-01-31","gender":"FEMALE","contact":{"address":"9 Quiet Close"}}
                """.formatted(RUN));
        LocalDate received = TODAY.minusMonths(1).plusDays(3);
        JsonObject logged = Cases.expect(api.post("api/subject-access-requests", """
                {"participantId":%d,"receivedOn":"%s","identityChecked":"Known to the service; signed letter"}
                """.formatted(her, received), lead.token()), 201).json();
        long id = logged.getJsonNumber("id").longValue();
        assertThat(logged.getJsonNumber("daysLeft").longValue()).isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(TODAY, received.plusMonths(1)));
        assertThat(logged.getString("warning")).startsWith("Due in ").contains(UkDates.date(received.plusMonths(1)));
        Cases.expect(api.post("api/subject-access-requests/" + id + "/extension", "{\"reason\":\"Complex: records from three programmes\"}",
                lead.token()), 200);
        JsonObject extended = api.get("api/subject-access-requests", lead.token()).array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertThat(extended.getString("extendedTo")).isEqualTo(received.plusMonths(3).toString());
        assertThat(extended.containsKey("warning")).as("no warning two months out").isFalse();
        assertThat(api.post("api/subject-access-requests/" + id + "/extension", "{\"reason\":\"Again\"}", lead.token()).body())
                .contains("already extended");

        // Her address goes in her pack, but this lead leads no programme she is still referred to, so the contact rule
        // keeps it from the lead while reviewing.
        List<JsonObject> items = Cases.expect(api.get("api/subject-access-requests/" + id + "/items", lead.token()), 200).array()
                .getValuesAs(JsonObject.class);
        assertThat(items.toString()).doesNotContain("9 Quiet Close").contains("Not shown to you (it goes in the pack");
    }

    private long placedFather(Cases cases, Cases.Account lead, Cases.Account referrer, Cases.Account keyWorker, String first, String last,
                              int cohort) {
        long father = cases.participant(referrer.token(), """
                {"firstName":"%s","lastName":"%s","dateOfBirth":"1980-05-05","gender":"MALE","keyWorkerId":%d,"confirmedDifferentPerson":true}
                """.formatted(first, last, keyWorker.id()));
        long referral = cases.referral(referrer.token(), """
                {"participantId":%d,"programme":"CARING_DADS","agencyType":"PROBATION","externalAgency":"Example Probation (fictional)",
                 "externalContact":"P. Officer (fictional)","reason":"Fictional","answers":{"experiencedDomesticAbuse":false},"referredOn":"%s"}
                """.formatted(father, TODAY.minusDays(14))).getJsonNumber("id").longValue();
        cases.check(lead.token(), referral);
        cases.accept(lead.token(), referral);
        long enrolment = api.get("api/referrals/" + referral, lead.token()).json().getJsonObject("enrolment").getJsonNumber("id").longValue();
        Cases.expect(cases.place(lead.token(), enrolment, cohort), 200);
        return father;
    }

    private static String note(String type, String text) {
        return "{\"type\":\"%s\",\"occurredOn\":\"%s\",\"text\":\"%s\"}".formatted(type, TODAY, text);
    }

    private byte[] download(String path, String token) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<byte[]> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/zip");
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    /** Page 1 at 100 dpi in target/screenshots (docs/images/subject-access-pack.png is a copy): the pack draws, as he will read it. */
    private static void render(byte[] pdf) throws IOException {
        Path images = Path.of("target", "screenshots");
        Files.createDirectories(images);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            ImageIO.write(page, "png", images.resolve("subject-access-pack.png").toFile());
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
