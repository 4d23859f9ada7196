package org.wpsnetwork.testsupport;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real headless Chromium (Debian's package) rendering a page, scripts and all, and returning the resulting
 * DOM. Where Chromium is not installed the calling test is skipped with a reason, unless
 * {@code WPS_REQUIRE_BROWSER=true} (CI sets it), in which case it fails.
 */
public final class HeadlessBrowser {

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");

    private HeadlessBrowser() {
    }

    /** The DOM of {@code url} once its scripts and their requests have finished. */
    public static String renderedDom(String url) throws IOException, InterruptedException {
        Path browser = chromium().orElseGet(() -> {
            String reason = "No Chromium found (" + CANDIDATES + " or CHROMIUM_BIN); install Debian's chromium";
            if ("true".equalsIgnoreCase(System.getenv("WPS_REQUIRE_BROWSER"))) {
                Assertions.fail(reason);
            }
            Assumptions.abort(reason);
            return null;
        });
        Path profile = Files.createTempDirectory("wps-chromium");
        try {
            Process process = new ProcessBuilder(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=15000", "--dump-dom", url)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] dom = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Chromium did not finish rendering " + url);
            }
            return new String(dom, StandardCharsets.UTF_8);
        } finally {
            deleteRecursively(profile);
        }
    }

    private static Optional<Path> chromium() {
        String configured = System.getenv("CHROMIUM_BIN");
        return (configured != null ? List.of(configured) : CANDIDATES).stream()
                .map(Path::of)
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
