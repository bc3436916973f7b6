package uk.dap.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) driven by Selenium, with what the
 * portal's tests do in it: open a page, check it with axe-core for WCAG 2.2 AA, keep a screenshot at desktop and
 * phone width. One browser per test; its downloads land in a folder of its own.
 */
final class Browser implements AutoCloseable {
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    final ChromeDriver driver;
    final Path downloads;
    private final URL base;

    Browser(URL base) throws Exception {
        this.base = base;
        this.downloads = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,900",
                "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver", "/usr/bin/chromedriver"))).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    /**
     * How long {@link #find} waits for an element: a click that sends a form may return before the answer page has
     * replaced the form (runs 58 and 59 read the old page). Not an implicit wait, which axe-core's own look for frames
     * would sit through on every page.
     */
    private static final Duration FIND_PATIENCE = Duration.ofSeconds(10);

    void open(String path) {
        driver.get(base.toString().replaceAll("/$", "") + path);
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, FIND_PATIENCE).until(d -> d.findElement(By.cssSelector(css)));
    }

    /**
     * Clicks a button that sends a form and waits until the page it answers with has replaced this one: looked up at
     * once, the old page's elements (an earlier error message) would be read, or go stale while being read (run 60).
     * The old page is gone once asking about its root element fails: Chromium says so as a stale element, or, caught
     * as the page is swapped, as "Node with given id does not belong to the document" (run 61), which Selenium's own
     * staleness condition does not take for an answer.
     */
    void submit(String css) {
        WebElement page = driver.findElement(By.tagName("html"));
        find(css).click();
        new WebDriverWait(driver, FIND_PATIENCE).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    /** Every element that matches now, without waiting (so that "none" is answered at once). */
    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /**
     * What {@link #all} finds once there is at least one, waiting up to 10 s: after a form is sent, the page with the
     * answer (an error summary) may not have replaced the form yet when the click returns.
     */
    List<WebElement> waitForAll(String css) {
        new WebDriverWait(driver, FIND_PATIENCE).until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
        return all(css);
    }

    /** Replaces what a field holds with the text, typed. */
    void type(String css, String text) {
        find(css).clear();
        find(css).sendKeys(text);
    }

    String text(String css) {
        return find(css).getText();
    }

    /** The path of the page shown, without the server's address. */
    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Waits until the page's path is the one given (after a form's redirect). */
    void waitForPath(String path) {
        waitForPathMatching(java.util.regex.Pattern.quote(path));
    }

    /** Waits until the page's path matches; if it never does, says what the page shows instead. */
    void waitForPathMatching(String regex) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> path().matches(regex));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Waited 30 s for " + regex + "; the browser shows " + driver.getCurrentUrl() + ", \"" + driver.getTitle()
                    + "\": " + find("body").getText().lines().limit(12).toList(), e);
        }
    }

    /** axe-core's WCAG 2.2 AA rules on the page as shown: none may be violated. */
    void requireAccessible(String page) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        assertThat(results.getViolations()).as(page + ": " + describe(results.getViolations())).isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(v -> v.getId() + " (" + v.getHelp() + ") at "
                + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    /** Screenshots of the page at desktop width and at a 360 px phone's, for docs/ and for looking at. */
    void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        for (int width : new int[] {1280, 360}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
            driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600), 4000)));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), SCREENSHOTS.resolve("portal-" + name + (width == 360 ? "-phone" : "") + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    /** The file the last download left, once it has finished arriving. */
    Path downloaded(String suffix) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    @Override
    public void close() {
        driver.quit();
    }
}
