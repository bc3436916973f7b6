package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The progress report for a child protection meeting, opened as the meeting would open it (PDFBox): what it must say
 * (programme, attendance and its rate, the change in scores, the worker's summary, the sessions to come), and what it
 * must never carry although the people generating it may see it elsewhere: his confidential address, the partner-contact
 * note on his record and his partner's name, another man in his group. Who may generate it, and the audit entry.
 */
class ProgressReportIT extends ServerIT {
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.now(UK);
    private static final LocalDate MEETING = TODAY.plusDays(7);
    private static final String ADDRESS = "17 Zanzibar Hidden Lane";
    private static final String PARTNER_NOTE = "Partner says he waited outside the Quokka Leisure Centre.";
    private static final String PARTNER_NAME = "Philomena";
    private static final String OTHER_MAN = "Gwilym Xanthopoulos";
    private static final String SUMMARY = "Mr Testcase has engaged well since week one and talks openly about the children.";

    private Cases cases;
    private Cases.Account lead;
    private Cases.Account keyWorker;
    private Cases.Account referrer;
    private Cases.Account facilitator;
    private long venue;
    private long him;
    private long enrolment;
    private long otherEnrolment;
    private List<LocalDate> sessionDates;

    @BeforeEach
    void setUp() {
        cases = new Cases(api);
        lead = cases.account("PROGRAMME_LEAD", "CARING_DADS");
        keyWorker = cases.account("KEY_WORKER");
        referrer = cases.account("REFERRER");
        facilitator = cases.account("FACILITATOR");
        Cases.Account partnerWorker = cases.account("KEY_WORKER");
        venue = cases.venue("Report Hall");
        JsonObject cohort = cases.cohort(lead.token(), "CARING_DADS", venue, TODAY.minusWeeks(3), "08:00", 12, facilitator.id(),
                cases.account("FACILITATOR").id());
        JsonArray sessions = cohort.getJsonArray("sessions");
        sessionDates = sessions.getValuesAs(JsonObject.class).stream().map(s -> LocalDate.parse(s.getString("date"))).toList();

        him = cases.participant(referrer.token(), """
                {"firstName":"Dai","lastName":"Testcase","dateOfBirth":"1984-04-04","gender":"MALE","keyWorkerId":%d,"confirmedDifferentPerson":true}
                """.formatted(keyWorker.id()));
        enrolment = placed(him, cohort.getInt("id"));
        long other = cases.participant(referrer.token(), """
                {"firstName":"Gwilym","lastName":"Xanthopoulos","dateOfBirth":"1980-02-02","gender":"MALE","keyWorkerId":%d,"confirmedDifferentPerson":true}
                """.formatted(keyWorker.id()));
        otherEnrolment = placed(other, cohort.getInt("id"));

        Cases.expect(api.put("api/participants/" + him + "/contact", """
                {"contact":{"address":"%s","postcode":"ZZ9 9ZZ","phone":"07700 900999"},"confidential":true,"confidentialReason":"Test"}
                """.formatted(ADDRESS), keyWorker.token()), 200);

        String[] marks = {"PRESENT", "LATE", "ABSENT", "ABSENT"};
        for (int week = 0; week < 4; week++) {
            long session = sessions.getJsonObject(week).getJsonNumber("id").longValue();
            Cases.expect(api.put("api/sessions/" + session + "/register/" + enrolment, "{\"status\":\"" + marks[week] + "\"}",
                    facilitator.token()), 200);
            Cases.expect(api.put("api/sessions/" + session + "/register/" + otherEnrolment, "{\"status\":\"PRESENT\"}",
                    facilitator.token()), 200);
            api.post("api/sessions/" + session + "/register/closure", null, facilitator.token());
        }
        Cases.expect(rses("PRE", 1, 2), 201);
        Cases.expect(rses("POST", 3, 0), 201);

        // His partner, made and linked by her own worker, who writes partner contact on his record.
        long her = cases.participant(partnerWorker.token(), """
                {"firstName":"%s","lastName":"Partnerton","dateOfBirth":"1986-06-06","gender":"FEMALE","confirmedDifferentPerson":true}
                """.formatted(PARTNER_NAME));
        Cases.expect(api.post("api/participants/" + her + "/links", """
                {"otherReference":"P-%06d","otherDateOfBirth":"1984-04-04","relationship":"EX_PARTNER","thisRole":"VICTIM","otherRole":"PERPETRATOR"}
                """.formatted(him), partnerWorker.token()), 201);
        Cases.expect(api.post("api/participants/" + him + "/notes", """
                {"type":"PARTNER_CONTACT","occurredOn":"%s","text":"%s","sensitive":false}
                """.formatted(TODAY, PARTNER_NOTE), partnerWorker.token()), 201);
    }

    private long placed(long participant, int cohort) {
        long referral = cases.referral(referrer.token(), """
                {"participantId":%d,"programme":"CARING_DADS","agencyType":"PROBATION","externalAgency":"Example Probation (fictional)",
                 "externalContact":"P. Officer (fictional)","reason":"Fictional","answers":{"experiencedDomesticAbuse":false},"referredOn":"%s"}
                """.formatted(participant, TODAY.minusDays(30))).getJsonNumber("id").longValue();
        cases.check(lead.token(), referral);
        cases.accept(lead.token(), referral);
        long id = api.get("api/referrals/" + referral, lead.token()).json().getJsonObject("enrolment").getJsonNumber("id").longValue();
        Cases.expect(cases.place(lead.token(), id, cohort), 200);
        return id;
    }

    private Api.Answer rses(String stage, int positive, int reversed) {
        String answers = IntStream.rangeClosed(1, 10).mapToObj(i -> "{\"item\":\"rses" + i + "\",\"value\":"
                + (List.of(2, 5, 6, 8, 9).contains(i) ? reversed : positive) + "}").collect(Collectors.joining(","));
        return api.post("api/evaluation/responses", """
                {"enrolmentId":%d,"instrument":"RSES","stage":"%s","answeredOn":"%s","answers":[%s]}
                """.formatted(enrolment, stage, TODAY, answers), keyWorker.token());
    }

    private record Download(int status, String contentType, String disposition, byte[] body) {
    }

    private Download report(long participant, String json, String token) {
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + "api/participants/" + participant + "/progress-report"))
                .timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(request.POST(json == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String request(Long enrolmentId, String summary) {
        return "{\"enrolmentId\":" + enrolmentId + ",\"meetingOn\":\"" + MEETING + "\",\"summary\":" + (summary == null ? "null" : "\"" + summary + "\"") + "}";
    }

    /** The PDF's text with line breaks and runs of spaces as single spaces. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String uk(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK).format(date).replace("Sept", "Sep");
    }

    @Test
    void theKeyWorkersReportSaysWhatTheMeetingNeedsAndNothingItMustNot() throws IOException {
        Download pdf = report(him, request(enrolment, SUMMARY), keyWorker.token());

        assertThat(pdf.status()).as(new String(pdf.body())).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(pdf.disposition()).isEqualTo("attachment; filename=\"progress-report-P-%06d-%s.pdf\"".formatted(him, MEETING));
        String text = text(pdf.body());
        assertThat(text).contains("Progress report for a child protection meeting", "Caring Dads", "Dai Testcase",
                "P-%06d".formatted(him), "4 Apr 1984", uk(MEETING), SUMMARY);
        assertThat(text).contains("Attendance rate 50%", "Sessions held so far 4", "Absent without notice 2", "Late 1",
                "Non-engagement alerts raised 1");
        assertThat(text).as("scores before, after and the change").contains("Before After Change").contains("10 30 +20");
        String upcoming = text.substring(text.indexOf("Upcoming sessions"));
        for (LocalDate date : sessionDates.subList(4, sessionDates.size())) {
            assertThat(upcoming).contains(uk(date));
        }
        assertThat(upcoming).doesNotContain(uk(sessionDates.get(3)));
        assertThat(text).as("the footer").contains("Official - sensitive. Prepared for a child protection meeting on " + uk(MEETING));

        assertThat(text).doesNotContain(ADDRESS).doesNotContain("ZZ9").doesNotContain("07700")
                .doesNotContain("Quokka").doesNotContain(PARTNER_NAME).doesNotContain("Partnerton")
                .doesNotContain("Xanthopoulos").doesNotContain("Gwilym");

        List<JsonObject> audit = api.get("api/audit?limit=60", api.demo("admin")).array().getValuesAs(JsonObject.class);
        assertThat(audit).anySatisfy(e -> {
            assertThat(e.getString("action")).isEqualTo("GENERATE_PROGRESS_REPORT");
            assertThat(e.getString("actor")).isEqualTo(keyWorker.username());
            assertThat(e.getString("recordId")).isEqualTo(Long.toString(him));
            assertThat(e.getString("detail")).contains(MEETING.toString()).doesNotContain("engaged");
        });

        render(pdf.body());
    }

    @Test
    void theLeadWhoReadsPartnerContactAndTheReferrerGetNoneOfItEither() throws IOException {
        for (Cases.Account who : List.of(lead, referrer)) {
            Download pdf = report(him, request(null, "Written by " + who.username()), who.token());
            assertThat(pdf.status()).as(who.username() + ": " + new String(pdf.body())).isEqualTo(200);
            String text = text(pdf.body());
            assertThat(text).contains("Caring Dads", "Attendance rate 50%", "Written by " + who.username());
            assertThat(text).doesNotContain(ADDRESS).doesNotContain("Quokka").doesNotContain(PARTNER_NAME).doesNotContain("Xanthopoulos");
        }
        String forReferrer = text(report(him, request(null, null), referrer.token()).body());
        assertThat(forReferrer).as("appointments are casework, not in the referrer's view").doesNotContain("appointments kept");
        assertThat(forReferrer).contains("No summary was written for this report.");
    }

    @Test
    void everyoneElseIsRefusedAndBadRequestsAreExplained() {
        assertThat(report(him, request(null, "x"), facilitator.token()).status()).as("his facilitator").isEqualTo(403);
        assertThat(report(him, request(null, "x"), cases.kiosk(venue)).status()).as("a kiosk").isEqualTo(403);
        assertThat(report(him, request(null, "x"), null).status()).as("nobody signed in").isEqualTo(401);
        assertThat(report(him, request(null, "x"), cases.account("REFERRER").token()).status())
                .as("another referrer: as if he did not exist").isEqualTo(404);
        assertThat(report(him, request(null, "x"), cases.account("KEY_WORKER").token()).status()).as("another key worker").isEqualTo(404);
        assertThat(report(him, request(null, "x"), cases.account("PROGRAMME_LEAD", "FREEDOM").token()).status())
                .as("the lead of another programme").isEqualTo(404);
        assertThat(report(999_999_999L, request(null, "x"), keyWorker.token()).status()).as("nobody").isEqualTo(404);
        assertThat(report(him, request(otherEnrolment, "x"), keyWorker.token()).status()).as("another man's enrolment").isEqualTo(404);
        assertThat(report(him, request(999_999_999L, "x"), keyWorker.token()).status()).as("no such enrolment").isEqualTo(404);

        Download noDate = report(him, "{\"summary\":\"x\"}", keyWorker.token());
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.contentType()).startsWith("application/problem+json");
        assertThat(new String(noDate.body())).contains("meetingOn");
        Download tooLong = report(him, request(null, "a".repeat(4001)), keyWorker.token());
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(new String(tooLong.body())).contains("summary");
        assertThat(report(him, null, keyWorker.token()).status()).as("no body").isEqualTo(400);
        assertThat(report(him, "{\"meetingOn\":\"" + TODAY.plusYears(5) + "\"}", keyWorker.token()).status()).as("a typo in the year").isEqualTo(400);
    }

    /**
     * Page 1 at 100 dpi, left in target/screenshots; docs/images/progress-report-pdf.png is a copy, so people can see
     * what the meeting receives. Rendering also proves the PDF draws, not only that its text can be read.
     */
    private static void render(byte[] pdf) throws IOException {
        Path images = Path.of("target", "screenshots");
        Files.createDirectories(images);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 100);
            ImageIO.write(page, "png", images.resolve("progress-report-pdf.png").toFile());
        }
    }
}
