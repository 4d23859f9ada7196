package org.wpsnetwork.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A services folder holding only some of the built service jars (links to them), for fault tests that need only
 * the writer and the views they check: the launcher starts the services whose jars it finds, and two JVMs start
 * much sooner than four on two cores.
 */
final class ServiceSubset {

    private ServiceSubset() {
    }

    /**
     * A folder under {@code parent} with the jars of the services named (e.g. "membership", "reporting"), and beside
     * it the mail server the launcher starts.
     */
    static Path of(Path parent, String... services) throws IOException {
        Path built = Path.of(System.getProperty("wps.services.dir"));
        Path subset = Files.createDirectories(parent.resolve("services"));
        for (String service : services) {
            String jar = service + "-service.jar";
            Files.createSymbolicLink(subset.resolve(jar), built.resolve(jar).toAbsolutePath());
        }
        Files.createSymbolicLink(parent.resolve("mail"), built.resolveSibling("mail").toAbsolutePath());
        return subset;
    }
}
