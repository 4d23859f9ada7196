package org.wpsnetwork.launcher;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person's headless Chromium (Debian's chromium and chromium-driver; nothing is downloaded) on the portal. Every
 * page it is shown through {@link #visit} is saved as a screenshot under {@code target/screenshots}, checked for
 * untranslated message keys ({@code ??key_fr??}) and checked with axe-core for serious or critical accessibility
 * violations. Without Chromium the calling test is skipped, unless {@code WPS_REQUIRE_BROWSER=true} (CI).
 * axe-core comes from the npm registry ({@code .ci/run} installs it; {@code WPS_AXE_CORE} names its
 * {@code axe.min.js}).
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final AtomicInteger SHOTS = new AtomicInteger();
    /** The signed-out page is the same after every sign-out: checked once. */
    private static final AtomicBoolean SIGNED_OUT_CHECKED = new AtomicBoolean();
    private static final Duration WAIT = Duration.ofSeconds(30);
    /**
     * Selenium looks for DevTools classes of the browser's version at every start and warns when it has none (the
     * tests use WebDriver only, not DevTools); held here so the setting is not garbage-collected.
     */
    private static final Logger CDP_VERSIONS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSIONS.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final String portal;
    private final String who;
    private final List<String> visited = new ArrayList<>();

    private Browser(ChromeDriver driver, String portal, String who) {
        this.driver = driver;
        this.portal = portal;
        this.who = who;
    }

    /** A fresh browser (no cookies) for {@code who}, showing pages in {@code language}. */
    static Browser open(String portal, String who, String language) {
        Path chromium = executable("CHROMIUM_BIN", CHROMIUM);
        Path chromedriver = executable("CHROMEDRIVER_BIN", CHROMEDRIVER);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,1000", "--lang=" + language, "--no-first-run", "--disable-background-networking");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(WAIT);
        return new Browser(driver, portal, who + "-" + language);
    }

    /** Whether a browser can be opened here (in CI it must: then this is always true and a missing one fails). */
    static boolean available() {
        return "true".equalsIgnoreCase(System.getenv("WPS_REQUIRE_BROWSER"))
                || (Files.isExecutable(Path.of(Optional.ofNullable(System.getenv("CHROMIUM_BIN")).orElse(CHROMIUM)))
                && Files.isExecutable(Path.of(Optional.ofNullable(System.getenv("CHROMEDRIVER_BIN")).orElse(CHROMEDRIVER))));
    }

    private static Path executable(String variable, String standard) {
        Path path = Path.of(Optional.ofNullable(System.getenv(variable)).orElse(standard));
        if (!Files.isExecutable(path)) {
            String reason = path + " not found: install Debian's chromium and chromium-driver (.ci/run does)";
            if ("true".equalsIgnoreCase(System.getenv("WPS_REQUIRE_BROWSER"))) {
                Assertions.fail(reason);
            }
            Assumptions.abort(reason);
        }
        return path;
    }

    /** Opens the portal, signs in on the identity provider's own page, and lands where the portal sends them. */
    Browser signIn(String username, String password) {
        driver.get(portal + "/");
        new WebDriverWait(driver, WAIT).until(d -> !d.findElements(By.id("username")).isEmpty());
        shot("sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().startsWith(portal));
        return this;
    }

    void signOut() {
        driver.findElement(By.cssSelector("form[action='/logout'] button")).click();
        new WebDriverWait(driver, WAIT).until(d -> d.getCurrentUrl().startsWith(portal + "/signed-out"));
        if (SIGNED_OUT_CHECKED.compareAndSet(false, true)) {
            visit("signed-out");
        }
    }

    /** From now on a phone's screen (390 × 844 CSS pixels). */
    Browser asPhone() {
        driver.manage().window().setSize(new Dimension(390, 844));
        return this;
    }

    /** Goes to a page of the portal and checks it ({@link #visit}). */
    Browser go(String path, String name) {
        driver.get(portal + path);
        return visit(name);
    }

    /** The page shown now: saved, free of untranslated keys and of serious or critical axe-core violations. */
    Browser visit(String name) {
        shot(name);
        String page = driver.getPageSource();
        assertThat(page).as("untranslated message keys on " + name).doesNotContainPattern("\\?\\?[A-Za-z0-9_.-]+\\?\\?");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as("the page's language")
                .isEqualTo(who.substring(who.lastIndexOf('-') + 1));
        assertThat(accessibilityViolations()).as("axe-core on " + name).isEmpty();
        visited.add(name);
        return this;
    }

    private void shot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve("%03d-%s-%s.png".formatted(SHOTS.incrementAndGet(), who, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** axe-core's serious and critical violations on the page, as "rule: where" lines. */
    @SuppressWarnings("unchecked")
    private List<String> accessibilityViolations() {
        Path axe = Path.of(Optional.ofNullable(System.getenv("WPS_AXE_CORE"))
                .orElse("../../target/browser-tools/node_modules/axe-core/axe.min.js"));
        if (!Files.isRegularFile(axe)) {
            if ("true".equalsIgnoreCase(System.getenv("WPS_REQUIRE_BROWSER"))) {
                Assertions.fail("axe-core not found at " + axe.toAbsolutePath() + " (.ci/run installs it from npm)");
            }
            return List.of();
        }
        try {
            JavascriptExecutor js = driver;
            if (Boolean.FALSE.equals(js.executeScript("return typeof axe !== 'undefined'"))) {
                js.executeScript(Files.readString(axe, StandardCharsets.UTF_8));
            }
            Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                    + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + ".map(v => v.id + ': ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))"
                    + ".catch(e => done(['axe failed: ' + e]));");
            return (List<String>) result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebElement find(String css) {
        return new WebDriverWait(driver, WAIT).until(d -> d.findElement(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** The element of a form field by its name (names hold dots, so not a CSS id selector). */
    WebElement field(String name) {
        return driver.findElement(By.name(name));
    }

    void type(String name, String text) {
        WebElement field = field(name);
        field.clear();
        field.sendKeys(text);
    }

    /** Chooses a file for the file field {@code name}: a temporary file of that name and content. */
    void upload(String name, String filename, String content) {
        try {
            Path file = Files.createTempDirectory("wps-upload").resolve(filename);
            Files.writeString(file, content, StandardCharsets.UTF_8);
            // Deleted at exit in the reverse order of these calls: the file, then its folder.
            file.getParent().toFile().deleteOnExit();
            file.toFile().deleteOnExit();
            field(name).sendKeys(file.toAbsolutePath().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Picks the option of {@code value} in the select {@code css} names. */
    void choose(String css, String value) {
        new Select(find(css)).selectByValue(value);
    }

    /** Sets a date field (typing into one depends on the browser's locale). */
    void date(String name, LocalDate date) {
        driver.executeScript("arguments[0].value = arguments[1]", field(name), date.toString());
    }

    void click(String css) {
        find(css).click();
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String text(String css) {
        return find(css).getText();
    }

    /** A GET with this browser's session (a download the browser would save), answered as bytes. */
    HttpResponse<byte[]> download(String path) {
        Cookie session = driver.manage().getCookieNamed("SESSION");
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(portal + path))
                    .header("Cookie", "SESSION=" + session.getValue()).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    void script(String javascript) {
        driver.executeScript(javascript);
    }

    /** What a script returns (lists come back as lists). */
    @SuppressWarnings("unchecked")
    <T> T evaluate(String javascript) {
        return (T) driver.executeScript(javascript);
    }

    /** The pages this browser checked, for the printed figures. */
    List<String> visited() {
        return visited;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
