package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The completion report against a data set built here through the API, where every count is known by construction:
 * thirteen Freedom referrals from one agency on one day (one only referred, one only checked, one declined, one
 * accepted and waiting, nine placed in a cohort whose twelve sessions are over), plus one referral from another agency
 * and one outside the dates. The placed nine attend in fixed patterns; five complete, two withdraw, one is still
 * active and one never came.
 */
class ReportIT extends ServerIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    /**
     * Further back than the demo data and other test classes refer (a day that changes between runs, as the database
     * under target/it outlives a run), with room before it for the referral outside the dates. From 62 days back, so
     * that the report's dates (a day either side) never reach OutcomesIT's Freedom referral 60 days back: when they
     * did, one run in about twelve counted it (run 37). EvaluationIT's, 89 days back, stays outside too.
     */
    private static final LocalDate REFERRED = TODAY.minusDays(62 + System.currentTimeMillis() / 1000 % 25);
    private static final String PLANTED_NAME = "Zebedeeplanted";
    private static final String PLANTED_ADDRESS = "17 Hiddenplanted Lane";
    private static final String PLANTED_NOTE = "Plantednote moved to a refuge";
    /** Per person placed: attendance over the twelve sessions (P present, L late, A absent). */
    private static final Map<String, String> PATTERNS = Map.of(
            "C1", "PPPPPPPPPPPP", "C2", "PPPPPPPPPPPP", "C3", "PPPPAPPPPPPP", "C4", "PPAPPPAPPPPP", "C5", "PPAPAPAPPPPL",
            "X1", "PPAAAAAAAAAA", "X2", "PPPPAAAAAAAA", "N", "AAAAAAAAAAAA", "ACT", "PAPAPPAPAPPA");

    private static Fixture fixture;

    record Fixture(String lead, String agency, long cohort, LocalDate firstSession, Cases.Account referrer, Cases.Account facilitator) {
    }

    private Cases cases;

    @BeforeEach
    void setUp() {
        cases = new Cases(api);
        if (fixture == null) {
            fixture = build();
        }
    }

    private Fixture build() {
        Cases.Account lead = cases.account("PROGRAMME_LEAD", "FREEDOM");
        Cases.Account referrer = cases.account("REFERRER");
        Cases.Account facilitator = cases.account("FACILITATOR");
        String agency = "Report Agency " + System.nanoTime() + " (fictional)";
        JsonObject created = cases.cohort(lead.token(), "FREEDOM", cases.venue("Report Rooms"), TODAY.minusWeeks(18), "10:00", 12, facilitator.id());
        long cohort = created.getInt("id");
        List<JsonObject> sessionJson = created.getJsonArray("sessions").getValuesAs(JsonObject.class);
        List<Long> sessions = sessionJson.stream().map(s -> s.getJsonNumber("id").longValue()).toList();
        assertThat(sessions).hasSize(12);
        LocalDate firstSession = LocalDate.parse(sessionJson.get(0).getString("date"));

        referral(referrer, agency, REFERRED, "Rhian");                          // referred only
        cases.check(lead.token(), referral(referrer, agency, REFERRED, "Sian")); // checked, no decision yet
        long declined = referral(referrer, agency, REFERRED, "Tegan");
        cases.check(lead.token(), declined);
        Cases.expect(api.post("api/referrals/" + declined + "/decisions",
                "{\"decision\":\"DECLINE\",\"reason\":\"Not suitable\",\"justification\":\"Test set-up\"}", lead.token()), 201);
        accepted(lead, referrer, agency, "Una");                                // waiting for a place
        referral(referrer, "Other Agency " + System.nanoTime(), REFERRED, "Vera"); // another agency, same programme and day
        referral(referrer, agency, REFERRED.minusDays(3), "Wendy");               // outside the dates

        for (String who : List.of("C1", "C2", "C3", "C4", "C5", "X1", "X2", "N", "ACT")) {
            long enrolment = accepted(lead, referrer, agency, who.equals("X1") ? PLANTED_NAME : "Person" + who);
            Cases.expect(cases.place(lead.token(), enrolment, cohort), 200);
            String pattern = PATTERNS.get(who);
            for (int i = 0; i < 12; i++) {
                String status = switch (pattern.charAt(i)) {
                    case 'P' -> "PRESENT";
                    case 'L' -> "LATE";
                    default -> "ABSENT";
                };
                Cases.expect(api.put("api/sessions/" + sessions.get(i) + "/register/" + enrolment, "{\"status\":\"" + status + "\"}",
                        lead.token()), 200);
            }
            // RSES scores: 5 x positive + 5 x (3 - reversed). Pre 10,10,10,15,15 and post 20,15,25,30,15 for the completers.
            switch (who) {
                case "C1" -> scores(lead, enrolment, 1, 2, 2, 1);
                case "C2" -> scores(lead, enrolment, 1, 2, 2, 2);
                case "C3" -> scores(lead, enrolment, 1, 2, 3, 1);
                case "C4" -> scores(lead, enrolment, 2, 2, 3, 0);
                case "C5" -> scores(lead, enrolment, 1, 1, 1, 1);
                case "X1", "ACT" -> Cases.expect(rses(lead, enrolment, "PRE", 0, 3), 201);
                default -> {
                }
            }
            if (who.startsWith("C")) {
                Cases.expect(api.post("api/enrolments/" + enrolment + "/completion", null, lead.token()), 200);
            }
            if (who.equals("X1")) {
                Cases.expect(api.post("api/enrolments/" + enrolment + "/withdrawal",
                        "{\"reason\":\"MOVED_AWAY\",\"note\":\"" + PLANTED_NOTE + "\"}", lead.token()), 200);
            }
            if (who.equals("X2")) {
                Cases.expect(api.post("api/enrolments/" + enrolment + "/withdrawal", "{\"reason\":\"DISENGAGED\"}", lead.token()), 200);
            }
        }
        // The first six registers are closed, so their weeks come from the report's prepared rows and the other six are
        // counted live: every figure below must come out the same either way.
        for (int i = 0; i < 6; i++) {
            Cases.expect(api.post("api/sessions/" + sessions.get(i) + "/register/closure", null, lead.token()), 200);
        }
        return new Fixture(lead.token(), agency, cohort, firstSession, referrer, facilitator);
    }

    private long referral(Cases.Account referrer, String agency, LocalDate on, String first) {
        long participant = cases.participant(referrer.token(), """
                {"firstName":"%s","lastName":"Reportson","dateOfBirth":"1990-01-01","gender":"FEMALE","contact":{"address":"%s"},"confirmedDifferentPerson":true}
                """.formatted(first, PLANTED_ADDRESS));
        return cases.referral(referrer.token(), """
                {"participantId":%d,"programme":"FREEDOM","agencyType":"IDVA_SERVICE","externalAgency":"%s","externalContact":"A. Worker (fictional)",
                 "referredOn":"%s","reason":"Fictional","answers":{"experiencedDomesticAbuse":true}}
                """.formatted(participant, agency, on)).getJsonNumber("id").longValue();
    }

    /** Referred, checked and accepted: the enrolment id. */
    private long accepted(Cases.Account lead, Cases.Account referrer, String agency, String first) {
        long referral = referral(referrer, agency, REFERRED, first);
        cases.check(lead.token(), referral);
        cases.accept(lead.token(), referral);
        return api.get("api/referrals/" + referral, lead.token()).json().getJsonObject("enrolment").getJsonNumber("id").longValue();
    }

    private void scores(Cases.Account lead, long enrolment, int prePositive, int preReversed, int postPositive, int postReversed) {
        Cases.expect(rses(lead, enrolment, "PRE", prePositive, preReversed), 201);
        Cases.expect(rses(lead, enrolment, "POST", postPositive, postReversed), 201);
    }

    private Api.Answer rses(Cases.Account lead, long enrolment, String stage, int positive, int reversed) {
        String answers = IntStream.rangeClosed(1, 10).mapToObj(i -> "{\"item\":\"rses" + i + "\",\"value\":"
                + (java.util.Set.of(2, 5, 6, 8, 9).contains(i) ? reversed : positive) + "}").collect(Collectors.joining(","));
        return api.post("api/evaluation/responses", """
                {"enrolmentId":%d,"instrument":"RSES","stage":"%s","answeredOn":"%s","answers":[%s]}
                """.formatted(enrolment, stage, TODAY, answers), lead.token());
    }

    private JsonObject report(String query) {
        Api.Answer answer = api.get("api/reports/completion?" + query, fixture.lead());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private String range() {
        return "&from=" + REFERRED.minusDays(1) + "&to=" + REFERRED.plusDays(1);
    }

    /** JSON-B leaves nulls out, as everywhere in the API. */
    private static boolean absent(JsonObject o, String name) {
        return !o.containsKey(name) || o.isNull(name);
    }

    private static Integer count(JsonObject parent, String name) {
        JsonObject figure = parent.getJsonObject(name);
        return absent(figure, "value") ? null : figure.getInt("value");
    }

    private static Double percent(JsonObject parent, String name) {
        JsonObject rate = parent.getJsonObject(name);
        return absent(rate, "percent") ? null : rate.getJsonNumber("percent").doubleValue();
    }

    @Test
    void theProgrammeReportCountsEachStepOfTheFlowAsBuilt() {
        JsonObject report = report("programme=FREEDOM" + range() + "&suppress=false");
        assertThat(report.getBoolean("suppressed")).isFalse();
        assertThat(report.getJsonObject("scope").getString("kind")).isEqualTo("PROGRAMME");
        JsonObject flow = report.getJsonObject("flow");
        assertThat(count(flow, "referred")).as("13 from the agency and 1 from another; not the one outside the dates").isEqualTo(14);
        assertThat(count(flow, "assessed")).isEqualTo(12);
        assertThat(count(flow, "eligible")).isEqualTo(10);
        assertThat(count(flow, "declined")).isEqualTo(1);
        assertThat(count(flow, "waiting")).as("Una, and N who was placed but never came").isEqualTo(2);
        assertThat(count(flow, "started")).isEqualTo(8);
        assertThat(count(flow, "completed")).isEqualTo(5);
        assertThat(count(flow, "withdrawn")).isEqualTo(2);
        assertThat(count(flow, "stillActive")).isEqualTo(1);
        assertThat(flow.getJsonArray("withdrawnByReason").getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("reason") + "=" + r.getJsonObject("count").getInt("value"))
                .containsExactly("MOVED_AWAY=1", "DISENGAGED=1");
        assertThat(percent(flow, "completionRate")).isCloseTo(62.5, within(0.01));
        // Both withdrew today having first come to session 1.
        double weeks = Math.round(ChronoUnit.DAYS.between(fixture.firstSession(), TODAY) / 7.0 * 10) / 10.0;
        assertThat(flow.getJsonNumber("medianWeeksToWithdrawal").doubleValue()).isCloseTo(weeks, within(0.001));
    }

    @Test
    void closingARegisterAndCorrectingItAfterwardsShowInTheVeryNextReport() {
        JsonObject created = cases.cohort(fixture.lead(), "FREEDOM", cases.venue("Correction Rooms"), TODAY.minusWeeks(18), "10:00", 12,
                fixture.facilitator().id());
        long cohort = created.getInt("id");
        long first = created.getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        // Referred outside the fixture's dates, so the programme figures of the other tests do not move.
        LocalDate referred = REFERRED.plusDays(5);
        long early = cases.eligible(fixture.lead(), cases.participant(fixture.lead(), "Early", "FEMALE", LocalDate.of(1990, 1, 1)),
                "FREEDOM", referred).enrolment();
        Cases.expect(cases.place(fixture.lead(), early, cohort), 200);
        // Placed today, so the sessions already past are not expected of her, until closing the first register marks her absent.
        Cases.expect(api.post("api/sessions/" + first + "/register/closure", null, fixture.lead()), 200);
        assertThat(weekOne(cohort)).isEqualTo("expected 1, attended 0");

        // A late joiner signed the paper sheet: a correction that adds a row to the closed register.
        long late = cases.eligible(fixture.lead(), cases.participant(fixture.lead(), "Late", "FEMALE", LocalDate.of(1991, 2, 2)),
                "FREEDOM", referred).enrolment();
        Cases.expect(cases.place(fixture.lead(), late, cohort), 200);
        // Placing her made her row stale; this report rebuilds it, so the correction below must mark it stale itself.
        assertThat(weekOne(cohort)).isEqualTo("expected 1, attended 0");
        Cases.expect(api.put("api/sessions/" + first + "/register/" + late, "{\"status\":\"ATTENDED_PAPER\",\"reason\":\"Paper sheet found\"}",
                fixture.lead()), 200);
        assertThat(weekOne(cohort)).isEqualTo("expected 2, attended 1");

        // A correction that changes a row of the closed register.
        Cases.expect(api.put("api/sessions/" + first + "/register/" + early, "{\"status\":\"LATE\",\"reason\":\"Arrived after the register closed\"}",
                fixture.lead()), 200);
        assertThat(weekOne(cohort)).isEqualTo("expected 2, attended 2");
        // A session with marks cannot move to a day that has not come (the report counts open registers up to today).
        Api.Answer moved = api.put("api/cohorts/" + cohort + "/sessions/" + first, "{\"date\":\"" + TODAY.plusWeeks(3)
                .with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.WEDNESDAY)) + "\",\"startTime\":\"10:00\"}", fixture.lead());
        assertThat(moved.status()).as(moved.body()).isEqualTo(409);
        assertThat(moved.json().getString("detail")).contains("cannot move to a day that has not come");
        Cases.expect(api.post("api/enrolments/" + late + "/withdrawal", "{\"reason\":\"DISENGAGED\"}", fixture.lead()), 200);
        JsonObject flow = report("cohort=" + cohort + "&suppress=false").getJsonObject("flow");
        assertThat(count(flow, "started")).isEqualTo(2);
        assertThat(count(flow, "withdrawn")).isEqualTo(1);
        assertThat(count(flow, "stillActive")).isEqualTo(1);
    }

    private String weekOne(long cohort) {
        List<JsonObject> weeks = report("cohort=" + cohort + "&suppress=false").getJsonObject("attendance").getJsonArray("weeks")
                .getValuesAs(JsonObject.class);
        assertThat(weeks).extracting(w -> w.getInt("week")).containsExactly(1);
        return "expected " + count(weeks.get(0), "expected") + ", attended " + count(weeks.get(0), "attended");
    }

    @Test
    void attendanceIsRatedPerWeekAndPerPersonBand() {
        JsonObject attendance = report("cohort=" + fixture.cohort() + "&suppress=false").getJsonObject("attendance");
        List<JsonObject> weeks = attendance.getJsonArray("weeks").getValuesAs(JsonObject.class);
        assertThat(weeks).hasSize(12);
        for (int i = 0; i < 12; i++) {
            int week = i;
            int attended = (int) PATTERNS.values().stream().filter(p -> p.charAt(week) != 'A').count();
            assertThat(weeks.get(i).getInt("week")).isEqualTo(i + 1);
            assertThat(count(weeks.get(i), "expected")).as("week " + (i + 1)).isEqualTo(9);
            assertThat(count(weeks.get(i), "attended")).as("week " + (i + 1)).isEqualTo(attended);
        }
        assertThat(count(weeks.get(0), "attended")).isEqualTo(8);
        assertThat(percent(weeks.get(0), "rate")).isCloseTo(800.0 / 9, within(0.01));
        assertThat(attendance.getJsonArray("bands").getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("band") + "=" + b.getJsonObject("people").getInt("value"))
                .containsExactly("90-100%=3", "75-89%=2", "50-74%=1", "below 50%=2");
        assertThat(percent(attendance, "overall")).as("67 of the 108 expected: the weeks' own sums, the one who never came included")
                .isCloseTo(6700.0 / 108, within(0.01));
    }

    @Test
    void questionnairesArePairedWithTheirMeansAndEffectSize() {
        JsonObject report = report("programme=FREEDOM" + range() + "&suppress=false");
        JsonObject rses = report.getJsonArray("evaluation").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("instrumentId").equals("RSES")).findFirst().orElseThrow();
        assertThat(count(rses, "pairs")).isEqualTo(5);
        assertThat(rses.getJsonNumber("meanBefore").doubleValue()).isCloseTo(12.0, within(1e-9));
        assertThat(rses.getJsonNumber("meanAfter").doubleValue()).isCloseTo(21.0, within(1e-9));
        assertThat(rses.getJsonNumber("meanChange").doubleValue()).isCloseTo(9.0, within(1e-9));
        // Changes 10, 5, 15, 15, 0: mean 9, squared deviations 170, sample variance 42.5.
        assertThat(rses.getJsonNumber("effectSize").doubleValue()).isCloseTo(9 / Math.sqrt(42.5), within(1e-6));
        assertThat(rses.getString("group")).as("a Freedom report: its women are participants").isEqualTo("PARTICIPANTS");
        List<JsonObject> stages = rses.getJsonArray("responses").getValuesAs(JsonObject.class);
        assertThat(stages).extracting(s -> s.getString("stage")).containsExactly("PRE", "POST", "FOLLOW_UP");
        JsonObject pre = stages.get(0);
        JsonObject post = stages.get(1);
        JsonObject followUp = stages.get(2);
        assertThat(count(pre, "answered")).isEqualTo(7);
        assertThat(percent(pre, "ofStarted")).as("7 of the 8 who started").isCloseTo(87.5, within(0.01));
        assertThat(pre.containsKey("ofPre")).as("no rate over pre at pre").isFalse();
        assertThat(count(post, "answered")).isEqualTo(5);
        assertThat(percent(post, "ofStarted")).as("5 of the 8 who started").isCloseTo(62.5, within(0.01));
        assertThat(percent(post, "ofPre")).as("5 of the 7 who answered before").isCloseTo(500.0 / 7, within(0.01));
        assertThat(percent(post, "ofCompleters")).as("5 of the 5 who completed").isCloseTo(100.0, within(0.01));
        assertThat(count(followUp, "answered")).isZero();
        assertThat(absent(followUp.getJsonObject("ofCompleters"), "percent")).as("no follow-up has fallen due").isTrue();
        assertThat(followUp.getJsonObject("ofCompleters").getBoolean("withheld")).isFalse();
    }

    @Test
    void smallNumbersAreSuppressedByDefaultAndTheirRatesWithheld() {
        JsonObject report = report("cohort=" + fixture.cohort());
        assertThat(report.getBoolean("suppressed")).isTrue();
        JsonObject flow = report.getJsonObject("flow");
        assertThat(count(flow, "referred")).isEqualTo(9);
        assertThat(count(flow, "started")).isEqualTo(8);
        assertThat(count(flow, "completed")).isEqualTo(5);
        assertThat(flow.getJsonObject("withdrawn").getBoolean("suppressed")).isTrue();
        assertThat(absent(flow.getJsonObject("withdrawn"), "value")).isTrue();
        assertThat(flow.getJsonObject("stillActive").getBoolean("suppressed")).isTrue();
        assertThat(count(flow, "declined")).as("nobody is shown as 0").isZero();
        assertThat(flow.getJsonObject("declined").getBoolean("suppressed")).isFalse();
        assertThat(flow.getJsonObject("completionRate").getBoolean("withheld")).as("8 - 5 = 3 would give a small count back").isTrue();
        assertThat(absent(flow.getJsonObject("completionRate"), "percent")).isTrue();
        assertThat(flow.getBoolean("medianWithheld")).isTrue();
        assertThat(absent(flow, "medianWeeksToWithdrawal")).isTrue();
        JsonObject attendance = report.getJsonObject("attendance");
        JsonObject top = attendance.getJsonArray("bands").getJsonObject(0);
        assertThat(top.getJsonObject("people").getBoolean("suppressed")).isTrue();
        JsonObject week1 = attendance.getJsonArray("weeks").getJsonObject(0);
        assertThat(week1.getJsonObject("rate").getBoolean("withheld")).as("8 of 9: one absent").isTrue();
        JsonObject rses = report.getJsonArray("evaluation").getJsonObject(0);
        assertThat(count(rses, "pairs")).isEqualTo(5);
        assertThat(rses.getBoolean("withheld")).isFalse();
    }

    @Test
    void anAgencyReportLeavesOutOtherAgenciesAndDatesAndProgrammesTheCallerDoesNotLead() {
        String agency = java.net.URLEncoder.encode(fixture.agency(), java.nio.charset.StandardCharsets.UTF_8);
        JsonObject report = report("agency=" + agency + range() + "&suppress=false");
        assertThat(report.getJsonObject("scope").getString("kind")).isEqualTo("AGENCY");
        assertThat(count(report.getJsonObject("flow"), "referred")).isEqualTo(13);
        JsonObject narrower = report("agency=" + agency + "&from=" + REFERRED.plusDays(1) + "&to=" + TODAY + "&suppress=false");
        assertThat(count(narrower.getJsonObject("flow"), "referred")).isZero();
        // Someone else's agency scope: a lead of another programme counts none of these Freedom referrals.
        Cases.Account dartLead = cases.account("PROGRAMME_LEAD", "DART");
        Api.Answer other = api.get("api/reports/completion?agency=" + agency + range() + "&suppress=false", dartLead.token());
        assertThat(other.status()).isEqualTo(200);
        assertThat(count(other.json().getJsonObject("flow"), "referred")).isZero();
    }

    @Test
    void onlyLeadsOfTheProgrammeMayHaveTheReport() {
        String query = "api/reports/completion?programme=FREEDOM" + range();
        Cases.Account dartLead = cases.account("PROGRAMME_LEAD", "DART");
        assertThat(api.get(query, dartLead.token()).status()).isEqualTo(403);
        assertThat(api.get(query, fixture.referrer().token()).status()).isEqualTo(403);
        assertThat(api.get(query, fixture.facilitator().token()).status()).isEqualTo(403);
        assertThat(api.get(query, cases.account("KEY_WORKER").token()).status()).isEqualTo(403);
        assertThat(api.get(query, api.demo("admin")).status()).as("administrators see no case data").isEqualTo(403);
        assertThat(api.get("api/reports/completion?cohort=" + fixture.cohort(), dartLead.token()).status()).isEqualTo(404);
    }

    @Test
    void badParametersAreAnsweredWithAProblem() {
        for (String query : List.of("", "programme=FREEDOM&cohort=" + fixture.cohort() + range(), "programme=FREEDOM",
                "programme=FREEDOM&from=2026-02-01&to=2026-01-01", "programme=FREEDOM&from=2026-01-01", "programme=NOPE" + range(),
                "agency=X&from=yesterday&to=2026-01-01", "cohort=abc",
                "cohort=" + fixture.cohort() + "&suppress=maybe")) {
            Api.Answer answer = api.get("api/reports/completion?" + query, fixture.lead());
            assertThat(answer.status()).as(query + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.contentType()).as(query).startsWith("application/problem+json");
            assertThat(answer.body()).doesNotContain("Exception");
        }
        Api.Answer unknown = api.get("api/reports/completion?cohort=999999999", fixture.lead());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theReportNamesNobody() {
        for (String query : List.of("cohort=" + fixture.cohort() + "&suppress=false", "programme=FREEDOM" + range() + "&suppress=false")) {
            String body = api.get("api/reports/completion?" + query, fixture.lead()).body();
            assertThat(body).doesNotContain(PLANTED_NAME).doesNotContain("Hiddenplanted").doesNotContain("Plantednote")
                    .doesNotContain("Reportson");
        }
    }

    @Test
    void exportsOpenInTheirOwnProgramsWithTheReportsFiguresAndNoPersonalData() throws Exception {
        String scope = "programme=FREEDOM" + range();
        Api.Download csv = api.download("api/reports/completion/export?format=csv&suppress=false&" + scope, fixture.lead());
        assertThat(csv.status()).as(csv.text()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.disposition()).startsWith("attachment; filename=\"completion-freedom-").endsWith(".csv\"");
        List<org.apache.commons.csv.CSVRecord> rows;
        try (var parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new java.io.StringReader(csv.text().replace("\uFEFF", "")))) {
            rows = parser.getRecords();
        }
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("measure")).isEqualTo("referred");
            assertThat(row.get("value")).isEqualTo("14");
        });
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.get("measure")).isEqualTo("completed");
            assertThat(row.get("value")).isEqualTo("5");
        });

        Api.Download xlsx = api.download("api/reports/completion/export?format=xlsx&" + scope, fixture.lead());
        assertThat(xlsx.status()).isEqualTo(200);
        StringBuilder cells = new StringBuilder();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            assertThat(workbook.getNumberOfSheets()).isGreaterThanOrEqualTo(5);
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.append(formatter.formatCellValue(cell)).append('\n'))));
        }
        assertThat(cells).as("suppressed by default").contains("Small numbers suppressed").contains("<5");

        Api.Download pdf = api.download("api/reports/completion/export?format=pdf&suppress=false&cohort=" + fixture.cohort(), fixture.lead());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(1);
            new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 50);
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Completion report").contains("Not suppressed").contains("62.5%");

        for (String export : List.of(csv.text(), cells.toString(), text)) {
            assertThat(export).doesNotContain(PLANTED_NAME).doesNotContain("Hiddenplanted").doesNotContain("Plantednote")
                    .doesNotContain("Reportson").doesNotContain("@");
        }
        Api.Download unknown = api.download("api/reports/completion/export?format=docx&" + scope, fixture.lead());
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.text()).contains("csv, xlsx or pdf");
        assertThat(api.download("api/reports/completion/export?format=pdf&" + scope, fixture.referrer().token()).status()).isEqualTo(403);
    }

    @Test
    void eachGenerationIsAuditedWithItsScopeOnly() {
        report("cohort=" + fixture.cohort());
        List<JsonObject> audit = api.get("api/audit?limit=50", api.demo("admin")).array().getValuesAs(JsonObject.class);
        JsonObject entry = audit.stream().filter(a -> "GENERATE_COMPLETION_REPORT".equals(a.getString("action", null))).findFirst().orElseThrow();
        assertThat(entry.toString()).contains("cohort starting").doesNotContain(PLANTED_NAME).doesNotContain("Reportson");
        assertThat(entry.get("detail")).isNotEqualTo(JsonValue.NULL);
    }

    @Test
    void programmeSpecificsCountGatewayCrechePlacesAndCaringDadsPartnerContact() {
        Cases.Account lead = cases.account("PROGRAMME_LEAD", "GATEWAY", "CARING_DADS");
        JsonObject gateway = cases.cohort(lead.token(), "GATEWAY", cases.venue("Gateway Rooms"), TODAY.minusWeeks(18), "10:00", 12,
                fixture.facilitator().id());
        List<Long> sessions = gateway.getJsonArray("sessions").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonNumber("id").longValue()).toList();
        // Two mothers: the first with two children in the crèche and one at school, the second with one in the crèche.
        long[] children = {2, 1};
        String[] came = {"PP", "PA"};
        for (int m = 0; m < 2; m++) {
            long mother = cases.participant(lead.token(), "Mother" + m, "FEMALE", LocalDate.of(1992, 3, 3));
            for (int c = 0; c < children[m]; c++) {
                cases.child(lead.token(), mother, TODAY.minusYears(2), true, true, "NONE", true);
            }
            cases.child(lead.token(), mother, TODAY.minusYears(9), true, true, "NONE", false);
            Cases.Ready ready = cases.eligible(lead.token(), mother, "GATEWAY", REFERRED);
            Cases.expect(cases.place(lead.token(), ready.enrolment(), gateway.getInt("id")), 200);
            for (int w = 0; w < 2; w++) {
                String status = came[m].charAt(w) == 'P' ? "PRESENT" : "ABSENT";
                Cases.expect(api.put("api/sessions/" + sessions.get(w) + "/register/" + ready.enrolment(), "{\"status\":\"" + status + "\"}",
                        lead.token()), 200);
            }
        }
        // Week 1 from the prepared rows (register closed), week 2 counted live.
        Cases.expect(api.post("api/sessions/" + sessions.get(0) + "/register/closure", null, lead.token()), 200);
        Api.Answer answer = api.get("api/reports/completion?programme=GATEWAY" + range() + "&suppress=false", lead.token());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonObject specifics = answer.json().getJsonObject("specifics");
        assertThat(specifics.getJsonArray("crechePlacesByWeek").getValuesAs(JsonObject.class))
                .extracting(w -> w.getInt("week") + ":" + w.getJsonObject("count").getInt("value")).containsExactly("1:3", "2:2");

        for (int d = 0; d < 2; d++) {
            long dad = cases.participant(lead.token(), "Dad" + d, "MALE", LocalDate.of(1985, 5, 5));
            cases.eligible(lead.token(), dad, "CARING_DADS", REFERRED);
            if (d == 0) {
                long partner = cases.participant(lead.token(), "Partner" + d, "FEMALE", LocalDate.of(1987, 7, 7));
                cases.link(lead.token(), dad, "PERPETRATOR", partner, "VICTIM");
                Cases.expect(api.post("api/participants/" + dad + "/notes", """
                        {"type":"PARTNER_CONTACT","occurredOn":"%s","text":"%s","sensitive":false}
                        """.formatted(TODAY, PLANTED_NOTE), lead.token()), 201);
            }
        }
        Api.Answer dads = api.get("api/reports/completion?programme=CARING_DADS" + range() + "&suppress=false", lead.token());
        assertThat(dads.status()).as(dads.body()).isEqualTo(200);
        assertThat(dads.body()).doesNotContain("Plantednote");
        assertThat(dads.json().getJsonObject("specifics").getJsonArray("figures").getValuesAs(JsonObject.class))
                .extracting(f -> f.getString("key") + "=" + f.getJsonObject("count").getInt("value"))
                .containsExactly("CARING_DADS_PARTNER_CONTACT=1");
        Api.Answer suppressed = api.get("api/reports/completion?programme=CARING_DADS" + range(), lead.token());
        assertThat(suppressed.json().getJsonObject("specifics").getJsonArray("figures").getJsonObject(0).getJsonObject("count")
                .getBoolean("suppressed")).isTrue();
    }
}
