package org.wpsnetwork.seed;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code java -jar wps-seed-importer-exec.jar [--membership=URL] [--meetings=URL]}: loads the network's record
 * into running services (defaults: the embedded ports 8081 and 8082). Exit code 1 names the record refused.
 */
public final class SeedImportCommand {

    private SeedImportCommand() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            if (pair.length != 2 || !(pair[0].equals("membership") || pair[0].equals("meetings"))) {
                System.err.println("Usage: java -jar wps-seed-importer-exec.jar [--membership=URL] [--meetings=URL]");
                System.exit(2);
            }
            options.put(pair[0], pair[1]);
        }
        SeedImporter importer = new SeedImporter(
                URI.create(options.getOrDefault("membership", "http://localhost:8081")),
                URI.create(options.getOrDefault("meetings", "http://localhost:8082")), System.out);
        try {
            importer.run(SeedData.load());
        } catch (ImportRejected e) {
            System.err.println("Import stopped: " + e.getMessage());
            System.exit(1);
        }
    }
}
