package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public self-referral pages in a real headless Chromium: a woman refers herself to Gateway, safety first; the
 * referral arrives for the lead as a self-referral with her own consent and an alert; the confirmation repeats nothing
 * she typed; "Exit this page" and its Shift key shortcut leave the site; a program that fills the hidden field is told
 * what a person is told and nothing is kept. Every page passes axe-core's WCAG 2.2 AA rules.
 */
class SelfReferralIT extends ServerIT {
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void fillIn(Browser browser, String firstName) {
        browser.open("/self-referral/");
        browser.submit("#start");
        browser.waitForPath("/self-referral/safety");
        if (!browser.find("#safeWays-text").isSelected()) {
            browser.find("#safeWays-text").click();
        }
        browser.type("#phone", "07700 900982");
        browser.type("#safeTimes", "Weekday mornings only");
        browser.find("#interpreter-no").click();
        browser.submit("#continue");
        browser.waitForPath("/self-referral/about-you");
        browser.find("#programme-GATEWAY").click();
        browser.type("#firstName", firstName);
        browser.type("#lastName", "Self-Test");
        browser.type("#dateOfBirth-day", "9");
        browser.type("#dateOfBirth-month", "9");
        browser.type("#dateOfBirth-year", "1993");
        browser.type("#area", "Fictionalton");
        browser.type("#children", "2");
        browser.type("#crechePlaces", "1");
        browser.submit("#continue");
        browser.waitForPath("/self-referral/check");
    }

    @Test
    void aWomanRefersHerselfSafetyFirstAndTheLeadIsAlerted() throws Exception {
        String lead = api.demo("lead");
        try (Browser browser = new Browser(base)) {
            browser.open("/self-referral/");
            browser.requireAccessible("self-referral: start");
            assertThat(browser.all(".govuk-exit-this-page__button")).as("Exit this page on the start page").hasSize(1);
            browser.screenshot("self-start");
            browser.submit("#start");
            browser.waitForPath("/self-referral/safety");
            assertThat(browser.text("h1")).as("safety is asked first").isEqualTo("Contacting you safely");
            browser.submit("#continue");
            assertThat(browser.waitForAll(".govuk-error-summary__list a")).extracting(WebElement::getText)
                    .containsExactly("Select at least one way it is safe for us to contact you", "Select yes if you need an interpreter");
            browser.requireAccessible("self-referral: safety, with errors");
            browser.find("#safeWays-text").click();
            browser.submit("#continue");
            assertThat(browser.text("#phone-error")).contains("Enter the phone number it is safe to use");
            browser.screenshot("self-safety-error");

            fillIn(browser, "Ffion");
            browser.requireAccessible("self-referral: check");
            assertThat(browser.text("#check-safety")).contains("Text message", "07700 900982", "Weekday mornings only");
            assertThat(browser.text("#check-about")).contains("Gateway", "Ffion Self-Test", "9 Sep 1993", "2 (crèche places: 1)");
            assertThat(browser.driver.getTitle()).doesNotContain("Ffion");
            browser.screenshot("self-check");
            browser.submit("#continue");
            browser.waitForPath("/self-referral/sent");
            browser.requireAccessible("self-referral: sent");
            assertThat(browser.text("main")).contains("Referral sent").doesNotContain("Ffion").doesNotContain("07700").doesNotContain("Fictionalton");
            browser.screenshot("self-sent");
            browser.open("/self-referral/check");
            assertThat(browser.path()).as("what she typed is gone once sent").isEqualTo("/self-referral/safety");
        }

        JsonObject alert = api.get("api/alerts", lead).array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("kind").equals("SELF_REFERRAL")).reduce((first, second) -> second).orElseThrow();
        assertThat(alert.getString("programme")).isEqualTo("GATEWAY");
        List<JsonObject> found = api.get("api/participants?name=" + encode("Ffion Self-Test"), lead).array().getValuesAs(JsonObject.class);
        assertThat(found).hasSize(1);
        assertThat(alert.getString("participantReference")).isEqualTo(found.get(0).getString("reference"));
        JsonObject person = api.get("api/participants/" + found.get(0).getJsonNumber("id").longValue(), lead).json();
        assertThat(person.getJsonObject("safeContact").getBoolean("text")).isTrue();
        assertThat(person.getJsonObject("safeContact").getBoolean("phone")).as("only the ways she chose").isFalse();
        long referralId = person.getJsonArray("referrals").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject referral = api.get("api/referrals/" + referralId, lead).json();
        assertThat(referral.getString("agencyType")).isEqualTo("SELF_REFERRAL");
        assertThat(referral.getString("reason")).contains("Area: Fictionalton", "Children: 2", "crèche places needed: 1");
        assertThat(referral.getJsonArray("consents").getJsonObject(0).getString("obtainedBy")).isEqualTo("Herself, on the self-referral page");
    }

    @Test
    void theWholeSelfReferralCanBeMadeWithTheKeyboardAlone() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.open("/self-referral/");
            browser.find("#start").sendKeys(Keys.ENTER);
            browser.waitForPath("/self-referral/safety");
            browser.find("#safeWays-letters").sendKeys(Keys.SPACE);
            browser.find("#address").sendKeys("2 Fictional Close");
            browser.find("#interpreter").sendKeys(Keys.SPACE);
            browser.find("#language").sendKeys("Welsh");
            browser.find("#continue").sendKeys(Keys.ENTER);
            browser.waitForPath("/self-referral/about-you");
            browser.requireAccessible("self-referral: about you");
            browser.screenshot("self-about-you");
            browser.find("#programme").sendKeys(Keys.SPACE);
            browser.find("#firstName").sendKeys("Heledd");
            browser.find("#lastName").sendKeys("Keyboard-Test");
            browser.find("#dateOfBirth-day").sendKeys("1");
            browser.find("#dateOfBirth-month").sendKeys("2");
            browser.find("#dateOfBirth-year").sendKeys("1990");
            browser.find("#area").sendKeys("Fictionalton");
            browser.find("#children").sendKeys("0");
            browser.find("#continue").sendKeys(Keys.ENTER);
            browser.waitForPath("/self-referral/check");
            assertThat(browser.text("#check-safety")).contains("Letter", "2 Fictional Close", "Needed: Welsh");
            browser.find("#continue").sendKeys(Keys.ENTER);
            browser.waitForPath("/self-referral/sent");
        }
    }

    @Test
    void exitThisPageAndItsShortcutLeaveTheSite() throws Exception {
        try (Browser browser = new Browser(base)) {
            browser.open("/self-referral/safety");
            browser.find("#safeWays-text").click();
            browser.type("#phone", "07700 900983");
            browser.find("#interpreter-no").click();
            browser.submit("#continue");
            browser.waitForPath("/self-referral/about-you");
            browser.find(".govuk-exit-this-page__button").click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains(base.getHost() + ":" + base.getPort()));
            browser.open("/self-referral/check");
            assertThat(browser.path()).as("leaving forgot what she typed: nothing to bring back").isEqualTo("/self-referral/safety");
            assertThat(browser.find("#phone").getAttribute("value")).isEmpty();

            browser.open("/self-referral/");
            new Actions(browser.driver).sendKeys(Keys.SHIFT).pause(100).sendKeys(Keys.SHIFT).pause(100).sendKeys(Keys.SHIFT).perform();
            new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains(base.getHost() + ":" + base.getPort()));
        }
    }

    @Test
    void aProgramFillingTheHiddenFieldIsToldWhatAPersonIsToldAndNothingIsKept() throws Exception {
        String lead = api.demo("lead");
        try (Browser browser = new Browser(base)) {
            fillIn(browser, "Gwenno");
            browser.driver.executeScript("document.getElementById('website').value = 'http://spam.example'");
            browser.submit("#continue");
            browser.waitForPath("/self-referral/sent");
        }
        assertThat(api.get("api/participants?name=" + encode("Gwenno Self-Test"), lead).array()).isEmpty();
    }
}
