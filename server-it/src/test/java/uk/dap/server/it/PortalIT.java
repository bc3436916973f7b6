package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The referrers' portal in a real headless Chromium against the real server: a referrer signs in with the keyboard,
 * sees exactly the referrals the API gives them, follows one week by week and downloads its progress report; a second
 * referrer sees nothing of it; every page passes axe-core's WCAG 2.2 AA rules; the pages' security headers, cookies
 * and CSRF refusal hold.
 */
class PortalIT extends ServerIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private static final String PASSWORD = "a-long-test-password";

    private Cases cases;
    private String lead;

    private record Made(long participant, long referral, long enrolment) {
    }

    @BeforeEach
    void seed() {
        cases = new Cases(api);
        lead = api.demo("lead");
    }

    private Made referred(Cases.Account by, String first) {
        long participant = cases.participant(by.token(), """
                {"firstName":"%s","lastName":"Portal-Test","dateOfBirth":"1990-05-05","gender":"FEMALE","confirmedDifferentPerson":true}
                """.formatted(first));
        JsonObject referral = cases.referral(by.token(), """
                {"participantId":%d,"programme":"FREEDOM","agencyType":"CHILDRENS_SOCIAL_CARE","reason":"Fictional","answers":{"experiencedDomesticAbuse":true}}
                """.formatted(participant));
        return new Made(participant, referral.getJsonNumber("id").longValue(), referral.getJsonObject("enrolment").getJsonNumber("id").longValue());
    }

    private void signIn(Browser browser, String username) {
        browser.open("/portal/");
        browser.waitForPath("/portal/sign-in");
        browser.find("#username").sendKeys(username);
        browser.find("#password").sendKeys(PASSWORD, Keys.ENTER);
        browser.waitForPath("/portal/referrals");
    }

    @Test
    void aReferrerFollowsTheirReferralsAndDownloadsAReportAndAnotherReferrerSeesNoneOfIt() throws Exception {
        Cases.Account referrer = cases.account("REFERRER");
        Cases.Account facilitator = cases.account("FACILITATOR");
        long venue = cases.venue("Portal Hall");
        JsonObject running = cases.cohort(lead, "FREEDOM", venue, TODAY.minusWeeks(1), "09:00", 12, facilitator.id());
        referred(referrer, "Anwen");
        Made attending = referred(referrer, "Branwen");
        cases.check(lead, attending.referral());
        cases.accept(lead, attending.referral());
        Cases.expect(cases.place(lead, attending.enrolment(), running.getInt("id")), 200);
        long lastWeek = running.getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        Cases.expect(api.put("api/sessions/" + lastWeek + "/register/" + attending.enrolment(), "{\"status\":\"PRESENT\"}", facilitator.token()), 200);
        Cases.Account otherReferrer = cases.account("REFERRER");
        referred(otherReferrer, "Ceridwen");

        try (Browser browser = new Browser(base)) {
            browser.open("/portal/referrals");
            assertThat(browser.path()).as("a page asked for before signing in leads to the sign-in page").isEqualTo("/portal/sign-in");
            browser.requireAccessible("sign-in");
            browser.screenshot("sign-in");

            signIn(browser, referrer.username());
            browser.requireAccessible("my referrals");
            browser.screenshot("my-referrals");
            List<String> rows = browser.all("#referrals tbody tr").stream().map(WebElement::getText).toList();
            List<JsonObject> fromApi = api.get("api/reports/my-referrals", referrer.token()).array().getValuesAs(JsonObject.class);
            assertThat(rows).as("the portal lists exactly what the API gives this referrer, newest first").hasSize(fromApi.size());
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i)).startsWith(fromApi.get(i).getString("firstName") + " Portal-Test")
                        .contains(fromApi.get(i).getString("reference"));
            }
            assertThat(rows.get(0)).contains("Branwen", "Freedom Programme", "Attending a group", "50%");
            assertThat(rows.get(1)).contains("Anwen", "Referred, being assessed", "No sessions yet").endsWith("None");
            assertThat(browser.text("main")).doesNotContain("Ceridwen");
            assertThat(browser.text("#session-notice")).contains("signed out at");

            browser.find("#stage").sendKeys("Attending");
            browser.submit("form[action='/portal/referrals'] button");
            assertThat(browser.waitForAll("#referrals tbody tr")).extracting(WebElement::getText).singleElement().asString().contains("Branwen");

            browser.find("#referrals a").click();
            browser.waitForPath("/portal/referrals/" + attending.referral());
            browser.requireAccessible("a referral");
            browser.screenshot("referral");
            assertThat(browser.driver.getTitle()).as("no personal data in the page title").doesNotContain("Branwen").doesNotContain("Portal-Test");
            assertThat(browser.text("h1")).isEqualTo("Branwen Portal-Test");
            assertThat(browser.text("#attendance")).startsWith("Attended 1 of the");
            assertThat(browser.all("#weeks tbody tr").get(0).getText()).contains("Present");

            browser.submit("#download");
            assertThat(browser.text(".govuk-error-summary")).contains("Enter the date of the meeting");
            browser.requireAccessible("a referral with an error");
            browser.screenshot("referral-error");
            browser.find(".govuk-error-summary a").click();
            assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).as("the summary's link goes to the field").isEqualTo("meeting-day");
            browser.find("#meeting-day").sendKeys("31");
            browser.find("#meeting-month").sendKeys("2");
            browser.find("#meeting-year").sendKeys(String.valueOf(TODAY.getYear() + 1));
            browser.submit("#download");
            assertThat(browser.text("#meeting-error")).contains("must be a real date");
            assertThat(browser.find("#meeting-day").getAttribute("value")).as("what was typed stays").isEqualTo("31");

            LocalDate meeting = TODAY.plusDays(10);
            for (String[] part : new String[][] {{"#meeting-day", String.valueOf(meeting.getDayOfMonth())},
                    {"#meeting-month", String.valueOf(meeting.getMonthValue())}, {"#meeting-year", String.valueOf(meeting.getYear())}}) {
                browser.find(part[0]).clear();
                browser.find(part[0]).sendKeys(part[1]);
            }
            browser.find("#download").sendKeys(Keys.ENTER);
            Path pdf = browser.downloaded(".pdf");
            try (var document = Loader.loadPDF(Files.readAllBytes(pdf))) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).contains("Branwen Portal-Test", "Freedom Programme");
            }
            assertThat(api.get("api/audit?limit=80", api.demo("admin")).array().getValuesAs(JsonObject.class))
                    .extracting(e -> e.getString("action") + ":" + e.getString("actor"))
                    .contains("GENERATE_PROGRESS_REPORT:" + referrer.username(), "READ_PROGRESS:" + referrer.username(),
                            "LIST_MY_REFERRALS:" + referrer.username());

            browser.open("/portal/sign-out");
            assertThat(browser.text("h1")).isEqualTo("You have signed out");
            browser.requireAccessible("signed out");
            browser.screenshot("signed-out");
            browser.open("/portal/referrals");
            assertThat(browser.path()).isEqualTo("/portal/sign-in");

            signIn(browser, otherReferrer.username());
            assertThat(browser.text("main")).contains("Ceridwen").doesNotContain("Branwen").doesNotContain("Anwen");
            browser.open("/portal/referrals/" + attending.referral());
            assertThat(browser.text("h1")).isEqualTo("Page not found");
            assertThat(browser.text("main")).doesNotContain("Branwen");
            browser.requireAccessible("page not found");
        }
    }

    private static void continueTo(Browser browser, String step) {
        browser.submit("#continue");
        browser.waitForPath("/portal/referrals/new/" + step);
    }

    @Test
    void aReferrerMakesAReferralPageByPageChecksItAndSendsItAllAtOnce() throws Exception {
        Cases.Account referrer = cases.account("REFERRER");
        try (Browser browser = new Browser(base)) {
            signIn(browser, referrer.username());
            browser.submit("#make-referral");
            browser.waitForPath("/portal/referrals/new/person");
            browser.requireAccessible("new referral: person");
            browser.submit("#continue");
            assertThat(browser.waitForAll(".govuk-error-summary__list a")).extracting(WebElement::getText).containsExactly(
                    "Enter their first name", "Enter their last name", "Enter their date of birth", "Select their gender",
                    "Select yes if they need an interpreter");
            browser.requireAccessible("new referral: person, with errors");
            browser.screenshot("new-person-error");
            browser.type("#firstName", "Delyth");
            browser.type("#lastName", "Made-In-Portal");
            browser.type("#dateOfBirth-day", "30");
            browser.type("#dateOfBirth-month", "2");
            browser.type("#dateOfBirth-year", "1988");
            browser.find("#gender").click();
            browser.find("#interpreter-no").click();
            browser.submit("#continue");
            assertThat(browser.text("#dateOfBirth-error")).contains("must be a real date");
            assertThat(browser.find("#firstName").getAttribute("value")).as("what was typed stays").isEqualTo("Delyth");
            browser.type("#dateOfBirth-day", "28");
            continueTo(browser, "contact");

            browser.requireAccessible("new referral: contact");
            browser.find("#safeWays-text").click();
            browser.type("#safeTimes", "Weekdays 10am to 2pm");
            browser.type("#address", "1 Fictional Row\nNowhere");
            browser.find("#confidential").click();
            continueTo(browser, "contact");
            assertThat(browser.text(".govuk-error-summary")).contains("Say why their contact details must be kept confidential");
            browser.type("#confidentialReason", "Lives in a refuge (fictional)");
            browser.screenshot("new-contact");
            continueTo(browser, "children");

            browser.requireAccessible("new referral: children");
            browser.type("#childFirstName", "Efa");
            browser.type("#childDateOfBirth-day", "3");
            browser.type("#childDateOfBirth-month", "4");
            browser.type("#childDateOfBirth-year", "2019");
            browser.submit("#add-child");
            assertThat(browser.text(".govuk-error-summary")).contains("Select yes if the child lives with them");
            assertThat(browser.find("#childFirstName").getAttribute("value")).isEqualTo("Efa");
            browser.find("#childLivesWith").click();
            browser.find("#childStatus-CHILD_IN_NEED").click();
            browser.submit("#add-child");
            assertThat(browser.text("#children")).contains("Efa", "Born 3 Apr 2019", "child in need");
            browser.screenshot("new-children");
            continueTo(browser, "programme");

            browser.requireAccessible("new referral: programme");
            assertThat(browser.all("input[name=programme]")).extracting(e -> e.getAttribute("value"))
                    .as("only the programmes that take a woman").containsExactlyInAnyOrder("FREEDOM", "GATEWAY", "DART", "NEW_BEGINNINGS");
            browser.find("#programme-FREEDOM").click();
            browser.find("#agencyType-HEALTH").click();
            browser.type("#reason", "Fictional reason for the portal test.");
            continueTo(browser, "questions");
            browser.requireAccessible("new referral: questions");
            browser.find("#experiencedDomesticAbuse").click();
            continueTo(browser, "consent");

            browser.requireAccessible("new referral: consent");
            browser.find("#consented-no").click();
            browser.find("#sharing-none").click();
            browser.submit("#continue");
            assertThat(browser.text(".govuk-error-summary")).as("a referral rests on consent (the service's rule)").contains("A referral needs their consent");
            browser.find("#consented").click();
            browser.type("#consentObtainedBy", "A fictional social worker");
            LocalDate given = TODAY.minusDays(2);
            browser.type("#consentOn-day", String.valueOf(given.getDayOfMonth()));
            browser.type("#consentOn-month", String.valueOf(given.getMonthValue()));
            browser.type("#consentOn-year", String.valueOf(given.getYear()));
            continueTo(browser, "risk");

            browser.requireAccessible("new referral: risk");
            browser.find("#dashAsked").click();
            for (int question : new int[] {0, 1, 5, 13}) {
                browser.find("#dash" + (question == 0 ? "" : "-" + question)).click();
            }
            browser.find("#marac-no").click();
            browser.screenshot("new-risk");
            continueTo(browser, "check");

            browser.requireAccessible("new referral: check your answers");
            browser.screenshot("new-check");
            assertThat(browser.text("#check-person")).contains("Delyth Made-In-Portal", "28 Feb 1988", "Female");
            assertThat(browser.text("#check-contact")).contains("Text messages", "Yes: Lives in a refuge (fictional)");
            assertThat(browser.text("#check-consent")).contains("4 of 24 answered yes: standard risk by the programme's bands");
            browser.find("#check-programme a").click();
            browser.waitForPath("/portal/referrals/new/programme");
            browser.type("#reason", "Fictional reason, changed on the way back.");
            continueTo(browser, "check");
            assertThat(browser.text("#check-programme")).as("a change goes back to the check page").contains("changed on the way back");

            browser.submit("#continue");
            browser.waitForPathMatching("/portal/referrals/\\d+");
            assertThat(browser.text(".govuk-notification-banner--success")).contains("Referral sent");
            browser.requireAccessible("the referral just sent");
            assertThat(browser.text("h1")).isEqualTo("Delyth Made-In-Portal");
            long referralId = Long.parseLong(browser.path().substring("/portal/referrals/".length()));

            JsonObject made = api.get("api/referrals/" + referralId, lead).json();
            assertThat(made.getString("programme")).isEqualTo("FREEDOM");
            assertThat(made.getString("agencyType")).isEqualTo("HEALTH");
            assertThat(made.toString()).contains("Fictional reason, changed on the way back.");
            assertThat(made.getJsonObject("risk").getInt("dashScore")).isEqualTo(4);
            assertThat(made.getJsonArray("consents").getValuesAs(JsonObject.class)).extracting(c -> c.getString("purpose") + ":" + c.getString("basis"))
                    .containsExactly("REFERRAL:CONSENT");
            long participant = made.getJsonObject("participant").getJsonNumber("id").longValue();
            JsonObject person = api.get("api/participants/" + participant, lead).json();
            assertThat(person.toString()).contains("Delyth", "1988-02-28", "Weekdays 10am to 2pm", "Efa");
            assertThat(person.getJsonObject("safeContact").getBoolean("text")).isTrue();
            assertThat(person.getJsonObject("safeContact").getBoolean("phone")).isFalse();

            // The next referral starts afresh, and may be of someone referred before: her record is kept, not made again.
            browser.open("/portal/referrals/new");
            browser.waitForPath("/portal/referrals/new/who");
            browser.requireAccessible("new referral: who");
            assertThat(browser.text("main")).contains("Delyth Made-In-Portal (" + person.getString("reference") + ")");
            browser.screenshot("new-who");
            // This second referral is made with the keyboard alone: Space ticks and chooses, Enter sends.
            browser.find("#who-" + participant).sendKeys(Keys.SPACE);
            browser.find("#continue").sendKeys(Keys.ENTER);
            browser.waitForPath("/portal/referrals/new/programme");
            browser.screenshot("new-programme");
            browser.find("#programme-GATEWAY").sendKeys(Keys.SPACE);
            browser.find("#agencyType-HEALTH").sendKeys(Keys.SPACE);
            browser.find("#reason").sendKeys("A second fictional referral, to Gateway.");
            browser.find("#continue").sendKeys(Keys.ENTER);
            browser.waitForPath("/portal/referrals/new/questions");
            browser.screenshot("new-questions");
            browser.find("#experiencedDomesticAbuse-not-known").sendKeys(Keys.SPACE);
            browser.find("#continue").sendKeys(Keys.ENTER);
            browser.waitForPath("/portal/referrals/new/consent");
            browser.find("#consented").sendKeys(Keys.SPACE);
            browser.find("#consentObtainedBy").sendKeys("A fictional social worker");
            browser.find("#consentOn-day").sendKeys(String.valueOf(TODAY.getDayOfMonth()));
            browser.find("#consentOn-month").sendKeys(String.valueOf(TODAY.getMonthValue()));
            browser.find("#consentOn-year").sendKeys(String.valueOf(TODAY.getYear()));
            browser.find("#sharing-safeguarding").sendKeys(Keys.SPACE);
            browser.find("#sharingAgencies").sendKeys("Fictional children's services");
            browser.find("#safeguardingReason").sendKeys("Fictional safeguarding reason");
            browser.find("#safeguardingDecidedBy").sendKeys("A fictional team manager");
            browser.screenshot("new-consent");
            browser.find("#continue").sendKeys(Keys.ENTER);
            browser.waitForPath("/portal/referrals/new/risk");
            browser.find("#dashAsked-no").sendKeys(Keys.SPACE);
            browser.find("#continue").sendKeys(Keys.ENTER);
            browser.waitForPath("/portal/referrals/new/check");
            assertThat(browser.text("#check-person")).contains("already on record");
            assertThat(browser.all("#check-contact")).as("her contact details are on record, not asked again").isEmpty();
            // The same draft changed in another tab meanwhile: this check page is out of date, and Send says so.
            String checkTab = browser.driver.getWindowHandle();
            browser.driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
            browser.open("/portal/referrals/new/risk");
            browser.submit("#continue");
            browser.waitForPath("/portal/referrals/new/check");
            browser.driver.close();
            browser.driver.switchTo().window(checkTab);
            browser.find("#continue").sendKeys(Keys.ENTER);
            assertThat(browser.text(".govuk-error-summary")).contains("changed in another tab or window");
            browser.find("#continue").sendKeys(Keys.ENTER);
            browser.waitForPathMatching("/portal/referrals/(?!" + referralId + "$)\\d+");
            assertThat(api.get("api/participants/" + participant, lead).json().getJsonArray("referrals")).hasSize(2);
            long second = Long.parseLong(browser.path().substring("/portal/referrals/".length()));
            assertThat(api.get("api/referrals/" + second, lead).json().getJsonArray("consents").getValuesAs(JsonObject.class))
                    .extracting(c -> c.getString("purpose") + ":" + c.getString("basis"))
                    .containsExactlyInAnyOrder("REFERRAL:CONSENT", "INFORMATION_SHARING:SAFEGUARDING");
        }
    }

    @Test
    void signInRefusalsAreClearAndStaffOfTheServiceAreSentToTheStaffClient() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.open("/portal/sign-in");
            browser.find("form button[type=submit]").click();
            assertThat(browser.waitForAll(".govuk-error-summary__list a")).extracting(WebElement::getText)
                    .containsExactly("Enter your username", "Enter your password");
            assertThat(browser.driver.getTitle()).startsWith("Error: Sign in");
            browser.requireAccessible("sign-in with errors");
            browser.screenshot("sign-in-error");

            browser.find("#username").sendKeys("demo-lead");
            browser.find("#password").sendKeys("demo-lead-pw", Keys.ENTER);
            assertThat(browser.text(".govuk-error-summary")).contains("This portal is for referring agencies", "staff client");
            assertThat(browser.path()).isEqualTo("/portal/sign-in");
        }
    }

    @Test
    void pagesAreKeptOutOfCachesAndFramesAndAFormFromElsewhereDoesNothing() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.toURI().resolve("/portal/sign-in")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.body()).as("no inline script").doesNotContainPattern("<script(?![^>]*\\bsrc=)");
        String csrfCookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("dap-csrf=")).findFirst().orElseThrow();
        assertThat(csrfCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");

        Cases.Account referrer = cases.account("REFERRER");
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(base.toURI().resolve("/portal/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + referrer.username() + "&password=" + PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("a sign-in form without the page's token is refused").isEqualTo(403);
        assertThat(forged.body()).contains("Nothing was saved");
        assertThat(forged.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("dap-portal-session=") && !c.startsWith("dap-portal-session=;"));

        String token = csrfCookie.substring("dap-csrf=".length(), csrfCookie.indexOf(';'));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.toURI().resolve("/portal/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "dap-csrf=" + token)
                .POST(HttpRequest.BodyPublishers.ofString("csrf-token=" + token + "&username=" + referrer.username() + "&password=" + PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("dap-portal-session=")).findFirst().orElseThrow();
        assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict").doesNotContainIgnoringCase("Expires");
        String sessionId = session.substring("dap-portal-session=".length(), session.indexOf(';'));
        HttpResponse<String> api = http.send(HttpRequest.newBuilder(base.toURI().resolve("/api/reports/my-referrals"))
                .header("Cookie", "dap-portal-session=" + sessionId).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).as("the portal's cookie is no key to the API").isEqualTo(401);
    }
}
