package org.wpsnetwork.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How to run the embedded system. Command-line options win over environment variables, which win over the
 * defaults. {@code KAFKA_BOOTSTRAP_SERVERS} / {@code MONGODB_URI} replace the embedded broker / database.
 *
 * @param loadRecord    whether to load the network's record on first start ({@code --no-seed} turns it off)
 * @param loadDemoData  whether to make up demo plans and reports ({@code --demo-data}); never without asking
 * @param memoryDatabase whether the embedded database keeps its data in memory only ({@code --memory-database}:
 *                      for benchmarks and throwaway trials; nothing survives a stop)
 * @param externalKafka bootstrap servers of a Kafka to use instead of starting one, or null
 * @param externalMongo URI of a MongoDB to use instead of starting one, or null
 * @param identityPort  the embedded identity provider's (Keycloak's) HTTP port
 * @param externalIssuer issuer URI of an OpenID Connect provider to use instead of starting Keycloak, or null
 * @param mailPort      the embedded mail server's (GreenMail's) SMTP port
 * @param mailWebPort   the port of GreenMail's web page and API, where the mail is read
 * @param externalMail  host of a mail relay to use instead of starting GreenMail ({@code SPRING_MAIL_HOST}), or null
 * @param notificationInterval how often the reporting service looks at the calendar and sends pending mail
 */
record LaunchOptions(
        Path dataDir,
        Path servicesDir,
        int kafkaPort,
        int kafkaControllerPort,
        int mongoPort,
        Map<String, Integer> servicePorts,
        boolean loadRecord,
        boolean loadDemoData,
        boolean memoryDatabase,
        String externalKafka,
        String externalMongo,
        List<String> serviceJvmOptions,
        int identityPort,
        String externalIssuer,
        int mailPort,
        int mailWebPort,
        String externalMail,
        Duration notificationInterval) {

    static final String USAGE = """
            Usage: java -jar wps-launcher.jar [options]

              --data-dir=PATH         where Kafka and MongoDB keep their data and services their logs
                                      (default ./wps-data, or WPS_DATA_DIR)
              --kafka-port=N          embedded Kafka broker port (default 9092)
              --kafka-controller-port=N  its KRaft controller port (default: the broker port + 1)
              --mongo-port=N          embedded MongoDB-wire server port (default 27017)
              --membership-port=N     (default 8081)    --meetings-port=N        (default 8082)
              --nap-monitoring-port=N (default 8083)    --reporting-port=N       (default 8084)
              --portal-port=N         the web application (default 8085)
              --identity-port=N       embedded identity provider (Keycloak) port (default 8180)
              --mail-port=N           embedded mail server (GreenMail) SMTP port (default 3025)
              --mail-web-port=N       where its mail is read: web page and API (default 8025)
              --notification-interval=DURATION  how often reminders are worked out and mail sent (default PT1M)
              --services-dir=PATH     where the service jars are (default: services/ beside the launcher jar)
              --no-seed               do not load the network's record (members, meetings, recommendations
                                      from its documents) on first start
              --demo-data             also make up demo action plans and progress reports (marked as demo data
                                      everywhere), once; the network's record itself has none
              --memory-database       keep the embedded database in memory only, not in its file: for
                                      benchmarks and throwaway trials (nothing survives a stop)
              --help                  this text

            Environment: KAFKA_BOOTSTRAP_SERVERS and MONGODB_URI make the services use that Kafka / MongoDB
            instead of starting embedded ones; WPS_OIDC_ISSUER_URI names an OpenID Connect provider to use
            instead of the embedded Keycloak; SPRING_MAIL_HOST (and SPRING_MAIL_PORT) a mail relay to use instead of
            the embedded GreenMail; WPS_SERVICE_JAVA_OPTS replaces the services' JVM options.
            """;

    /** The services in start-up order, with their default ports (API.md). */
    static final Map<String, Integer> DEFAULT_PORTS = defaultPorts();

    private static Map<String, Integer> defaultPorts() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("membership", 8081);
        ports.put("meetings", 8082);
        ports.put("nap-monitoring", 8083);
        ports.put("reporting", 8084);
        ports.put("portal", 8085);
        return ports;
    }

    static final List<String> DEFAULT_SERVICE_JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-Xms32m", "-Xmx320m",
            "-XX:+ExitOnOutOfMemoryError");

    static LaunchOptions parse(String[] args, Map<String, String> environment, Path defaultServicesDir) {
        Map<String, String> given = new LinkedHashMap<>();
        boolean loadRecord = true;
        boolean loadDemoData = false;
        boolean memoryDatabase = false;
        for (String arg : args) {
            if (arg.equals("--help") || arg.equals("-h")) {
                throw new UsageException(null);
            }
            if (arg.equals("--no-seed")) {
                loadRecord = false;
                continue;
            }
            if (arg.equals("--demo-data")) {
                loadDemoData = true;
                continue;
            }
            if (arg.equals("--memory-database")) {
                memoryDatabase = true;
                continue;
            }
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new UsageException("Unrecognised argument '" + arg + "'");
            }
            given.put(arg.substring(2, equals), arg.substring(equals + 1));
        }
        Path dataDir = Path.of(given.getOrDefault("data-dir", environment.getOrDefault("WPS_DATA_DIR", "wps-data")))
                .toAbsolutePath().normalize();
        Path servicesDir = given.containsKey("services-dir") ? Path.of(given.remove("services-dir")) : defaultServicesDir;
        given.remove("data-dir");
        int kafkaPort = port(given, "kafka-port", 9092);
        int controllerPort = port(given, "kafka-controller-port", kafkaPort + 1);
        int mongoPort = port(given, "mongo-port", 27017);
        int identityPort = port(given, "identity-port", 8180);
        int mailPort = port(given, "mail-port", 3025);
        int mailWebPort = port(given, "mail-web-port", 8025);
        Duration interval;
        try {
            interval = Duration.parse(given.getOrDefault("notification-interval", "PT1M"));
            given.remove("notification-interval");
            if (interval.isNegative() || interval.isZero()) {
                throw new DateTimeParseException("not positive", interval.toString(), 0);
            }
        } catch (DateTimeParseException e) {
            throw new UsageException("--notification-interval must be a positive ISO-8601 duration such as PT1M, not '"
                    + given.get("notification-interval") + "'");
        }
        Map<String, Integer> servicePorts = new LinkedHashMap<>();
        DEFAULT_PORTS.forEach((service, port) -> servicePorts.put(service, port(given, service + "-port", port)));
        if (!given.isEmpty()) {
            throw new UsageException("Unknown option(s): " + String.join(", ", given.keySet()));
        }
        String javaOptions = environment.get("WPS_SERVICE_JAVA_OPTS");
        List<String> jvmOptions = javaOptions == null || javaOptions.isBlank() ? DEFAULT_SERVICE_JVM_OPTIONS
                : new ArrayList<>(List.of(javaOptions.trim().split("\\s+")));
        return new LaunchOptions(dataDir, servicesDir.toAbsolutePath().normalize(), kafkaPort, controllerPort, mongoPort,
                servicePorts, loadRecord, loadDemoData, memoryDatabase, blankToNull(environment.get("KAFKA_BOOTSTRAP_SERVERS")),
                blankToNull(environment.get("MONGODB_URI")), jvmOptions, identityPort,
                blankToNull(environment.get("WPS_OIDC_ISSUER_URI")), mailPort, mailWebPort,
                blankToNull(environment.get("SPRING_MAIL_HOST")), interval);
    }

    private static int port(Map<String, String> given, String option, int fallback) {
        String value = given.remove(option);
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " must be a port number from 1 to 65535, not '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A mistake on the command line; null message means: just show the usage. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
