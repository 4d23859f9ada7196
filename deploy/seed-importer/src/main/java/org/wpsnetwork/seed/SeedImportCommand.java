package org.wpsnetwork.seed;

import org.wpsnetwork.seed.demo.DemoDataGenerator;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar wps-seed-importer-exec.jar [--membership=URL] [--meetings=URL] [--nap-monitoring=URL]} loads the
 * network's record into running services (defaults: the embedded ports). With {@code --demo-data} it instead makes
 * up demo plans and reports, marked as demo data. Exit code 1 names the record a service refused.
 */
public final class SeedImportCommand {

    private static final Set<String> OPTIONS = Set.of("membership", "meetings", "nap-monitoring", "identity");
    private static final String USAGE = """
            Usage: java -jar wps-seed-importer-exec.jar [--demo-data] [--membership=URL] [--meetings=URL] [--nap-monitoring=URL]
                                                         [--identity=ISSUER]

              Loads the network's record (members, roles, meetings, attendance, recommendations) and the
              working set of reference indicators through the services' APIs; running it again changes nothing.
              --demo-data   instead makes up action plans and progress reports for a demonstration, every one
                            marked as demo data (needs the record loaded first)
              URLs default to http://localhost:8081, :8082 and :8083.
              --identity    the identity provider's issuer (default $WPS_OIDC_ISSUER_URI, else
                            http://localhost:8180/realms/wps); signs in as the tools client wps-tools, with the
                            secret in $WPS_TOOLS_CLIENT_SECRET (default: the embedded default's development secret)""";

    private SeedImportCommand() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        boolean demo = false;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                System.out.println(USAGE);
                return;
            }
            if (arg.equals("--demo-data")) {
                demo = true;
                continue;
            }
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            if (pair.length != 2 || !OPTIONS.contains(pair[0])) {
                System.err.println(USAGE);
                System.exit(2);
            }
            options.put(pair[0], pair[1]);
        }
        URI membership = URI.create(options.getOrDefault("membership", "http://localhost:8081"));
        URI meetings = URI.create(options.getOrDefault("meetings", "http://localhost:8082"));
        URI nap = URI.create(options.getOrDefault("nap-monitoring", "http://localhost:8083"));
        String issuer = System.getenv("WPS_OIDC_ISSUER_URI");
        ClientCredentials tools = ClientCredentials.tools(URI.create(options.getOrDefault("identity",
                issuer == null || issuer.isBlank() ? "http://localhost:8180/realms/wps" : issuer)));
        try {
            if (demo) {
                new DemoDataGenerator(membership, meetings, nap, tools, System.out, Clock.systemUTC())
                        .run(DemoDataGenerator.Options.DEMO);
            } else {
                new SeedImporter(membership, meetings, nap, tools, System.out).run(SeedData.load());
            }
        } catch (ImportRejected e) {
            System.err.println("Stopped: " + e.getMessage());
            System.exit(1);
        }
    }
}
