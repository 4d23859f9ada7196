package org.wpsnetwork.launcher;

import java.io.File;
import java.nio.file.Path;

/**
 * The one command that runs the WPS Commitment Tracker on a machine with only a JDK. See {@link LaunchOptions}
 * for the options; Ctrl-C stops everything cleanly.
 */
public final class EmbeddedLauncher {

    private EmbeddedLauncher() {
    }

    public static void main(String[] args) throws Exception {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, System.getenv(), defaultServicesDir());
        } catch (LaunchOptions.UsageException e) {
            if (e.getMessage() != null) {
                System.err.println(e.getMessage());
            }
            System.err.print(LaunchOptions.USAGE);
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        // Read by log4j2.xml: broker and database logs go to a file beside the services' logs.
        System.setProperty("wps.logs", options.dataDir().resolve("logs").toString());
        EmbeddedSystem system = new EmbeddedSystem(options, System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(system::close, "wps-shutdown"));
        try {
            system.start();
        } catch (LaunchException e) {
            System.err.println("\nCould not start: " + e.getMessage());
            System.exit(1);
        }
        system.awaitClosed();
    }

    /** The services/ folder beside the launcher jar, or the build's output when run from the source tree. */
    private static Path defaultServicesDir() {
        String configured = System.getProperty("wps.services.dir");
        if (configured != null) {
            return Path.of(configured);
        }
        String classPath = System.getProperty("java.class.path");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            return Path.of(classPath).toAbsolutePath().getParent().resolve("services");
        }
        return Path.of("deploy", "launcher", "target", "services");
    }
}
