package org.wpsnetwork.launcher;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.kit.kafka.TopicNames;
import org.wpsnetwork.kit.kafka.TopicProvisioner;
import org.wpsnetwork.seed.ClientCredentials;
import org.wpsnetwork.seed.ImportRejected;
import org.wpsnetwork.seed.ImportSummary;
import org.wpsnetwork.seed.SeedData;
import org.wpsnetwork.seed.SeedImporter;
import org.wpsnetwork.seed.demo.DemoDataGenerator;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The whole system on one machine: the broker and the database (embedded unless external ones are
 * configured), the event topics, and every service whose jar is present, each in its own JVM.
 */
final class EmbeddedSystem implements AutoCloseable {

    /** The web application's name among the services (its port option is --portal-port). */
    static final String PORTAL = "portal";

    /** Partitions per event topic: room for several reporting consumers; one broker, so one replica. */
    private static final int PARTITIONS = 6;
    private static final Duration SERVICE_START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration IDENTITY_START_TIMEOUT = Duration.ofMinutes(4);

    private final LaunchOptions options;
    private final PrintStream out;
    private final List<ServiceProcess> services = new ArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private EmbeddedKafka kafka;
    private EmbeddedMongo mongo;
    private EmbeddedKeycloak identity;
    private ServiceProcess mailServer;
    private String issuer;
    private ClientCredentials toolsClient;
    private String kafkaBootstrap;
    private String mongoUri;
    private boolean closing;

    EmbeddedSystem(LaunchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    void start() throws IOException, InterruptedException {
        long started = System.nanoTime();
        Path logs = Files.createDirectories(options.dataDir().resolve("logs"));
        out.println("WPS Commitment Tracker - embedded mode");
        out.println("  data directory  " + options.dataDir());
        List<ServiceJar> jars = serviceJars();
        long identityStarted = System.nanoTime();
        startIdentity(logs);
        startKafka();
        startMongo();
        Map<String, String> mail = startMail(logs);
        provisionTopics();
        for (ServiceJar jar : jars) {
            Ports.requireFree(jar.port(), jar.serviceName(), "--" + jar.name() + "-port");
        }
        out.println("  starting " + String.join(", ", jars.stream().map(ServiceJar::serviceName).toList())
                + " (logs in " + logs + ")");
        Map<String, String> environment = new HashMap<>(Map.of("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap,
                "MONGODB_URI", mongoUri, "WPS_OIDC_ISSUER_URI", issuer));
        environment.putAll(mail);
        // Where the portal finds the services' APIs.
        for (String service : List.of("membership", "meetings", "nap-monitoring", "reporting")) {
            environment.put("WPS_" + service.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL",
                    serviceUri(service).toString());
        }
        for (ServiceJar jar : jars) {
            services.add(ServiceProcess.start(jar.serviceName(), jar.path(), jar.port(), environment,
                    options.serviceJvmOptions(), logs.resolve(jar.serviceName() + ".log")));
        }
        for (ServiceProcess service : services) {
            Duration took = service.awaitReady(SERVICE_START_TIMEOUT);
            step(service.name(), service.url(), took);
        }
        if (identity != null) {
            identity.awaitReady(IDENTITY_START_TIMEOUT);
            step("Identity provider (Keycloak)", identity.url(), Duration.ofNanos(System.nanoTime() - identityStarted));
        } else {
            awaitExternalIdentity();
        }
        loadRecordOnFirstStart(jars);
        loadDemoDataOnce(jars);
        printSummary(Duration.ofNanos(System.nanoTime() - started));
    }

    /** Another identity provider may still be starting too: the record is loaded once it answers. */
    private void awaitExternalIdentity() throws InterruptedException {
        URI discovery = URI.create(issuer.replaceAll("/$", "") + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + IDENTITY_START_TIMEOUT.toNanos();
        while (!ServiceProcess.answersOk(discovery)) {
            if (System.nanoTime() > deadline) {
                out.println("  the identity provider " + issuer + " does not answer; nobody can sign in until it does");
                return;
            }
            Thread.sleep(500);
        }
    }

    /**
     * Loads the network's record through the services' APIs the first time this data directory is used. A marker
     * file remembers that it was loaded; if loading failed the system keeps running and the next start retries.
     */
    private void loadRecordOnFirstStart(List<ServiceJar> jars) throws IOException {
        Path marker = options.dataDir().resolve("record-loaded");
        boolean servicesPresent = jars.stream().map(ServiceJar::name).toList().containsAll(List.of("membership",
                "meetings"));
        if (!options.loadRecord() || !servicesPresent) {
            return;
        }
        if (Files.exists(marker)) {
            out.println("  the network's record was loaded on first start (" + Files.readString(marker).trim() + ")");
            return;
        }
        try {
            ImportSummary summary = new SeedImporter(serviceUri("membership"), serviceUri("meetings"),
                    serviceUri("nap-monitoring"), tools(), out)
                    .run(SeedData.load());
            Files.writeString(marker, "loaded " + Instant.now() + " in " + summary.took().toMillis() + " ms");
        } catch (ImportRejected e) {
            out.println("\n  The network's record could not be loaded: " + e.getMessage()
                    + "\n  The system runs without it; the next start tries again (--no-seed skips it).");
        }
    }

    /** Demo data only when asked for, and only once per data directory; it is marked as demo data everywhere. */
    private void loadDemoDataOnce(List<ServiceJar> jars) throws IOException {
        Path marker = options.dataDir().resolve("demo-data-loaded");
        boolean servicesPresent = jars.stream().map(ServiceJar::name).toList().containsAll(List.of("membership",
                "meetings", "nap-monitoring"));
        if (!options.loadDemoData() || !servicesPresent || Files.exists(marker)) {
            return;
        }
        try {
            DemoDataGenerator.Result result = new DemoDataGenerator(serviceUri("membership"), serviceUri("meetings"),
                    serviceUri("nap-monitoring"), tools(), out, Clock.systemUTC()).run(DemoDataGenerator.Options.DEMO);
            Files.writeString(marker, "made " + Instant.now() + ": " + result.plans() + " plans, " + result.reports()
                    + " reports");
        } catch (ImportRejected e) {
            out.println("\n  Demo data could not be made: " + e.getMessage());
        }
    }

    /** The importer and the demo-data generator sign in as the tools client, authorised like the secretariat. */
    private ClientCredentials tools() {
        if (toolsClient == null) {
            toolsClient = ClientCredentials.tools(URI.create(issuer));
        }
        return toolsClient;
    }

    private URI serviceUri(String name) {
        return URI.create("http://localhost:" + options.servicePorts().get(name));
    }

    private List<ServiceJar> serviceJars() {
        List<ServiceJar> jars = new ArrayList<>();
        options.servicePorts().forEach((name, port) -> {
            Path jar = options.servicesDir().resolve(ServiceJar.artifactOf(name) + ".jar");
            if (Files.isRegularFile(jar)) {
                jars.add(new ServiceJar(name, jar, port));
            }
        });
        if (jars.isEmpty()) {
            throw new LaunchException("No service jars in " + options.servicesDir()
                    + ". Build first: ./mvnw -DskipTests package (deploy/run-embedded.sh does both).");
        }
        return jars;
    }

    /** Started first and waited for last: Keycloak takes longest, and nothing else needs it to start. */
    private void startIdentity(Path logs) throws IOException {
        if (options.externalIssuer() != null) {
            issuer = options.externalIssuer();
            out.println("  using the identity provider " + issuer + " (WPS_OIDC_ISSUER_URI)");
            return;
        }
        Ports.requireFree(options.identityPort(), "the identity provider", "--identity-port");
        Ports.requireFree(options.identityPort() + 1, "the identity provider's management interface",
                "--identity-port (it also takes the next port)");
        identity = EmbeddedKeycloak.start(options.servicesDir().resolveSibling("identity")
                .resolve("keycloak-quarkus-dist.zip"), options.dataDir().resolve("identity"), options.identityPort(),
                logs.resolve("keycloak.log"));
        issuer = identity.issuer();
    }

    private void startKafka() throws IOException {
        long started = System.nanoTime();
        if (options.externalKafka() != null) {
            kafkaBootstrap = options.externalKafka();
            out.println("  using Kafka at " + kafkaBootstrap + " (KAFKA_BOOTSTRAP_SERVERS)");
            return;
        }
        Ports.requireFree(options.kafkaPort(), "the Kafka broker", "--kafka-port");
        Ports.requireFree(options.kafkaControllerPort(), "the Kafka controller", "--kafka-controller-port");
        kafka = new EmbeddedKafka(options.dataDir().resolve("kafka"), options.kafkaPort(), options.kafkaControllerPort());
        kafkaBootstrap = kafka.bootstrapServers();
        step("Kafka broker (KRaft)", kafkaBootstrap, Duration.ofNanos(System.nanoTime() - started));
    }

    private void startMongo() throws IOException {
        long started = System.nanoTime();
        if (options.externalMongo() != null) {
            mongoUri = options.externalMongo();
            out.println("  using MongoDB at " + mongoUri + " (MONGODB_URI)");
            return;
        }
        Ports.requireFree(options.mongoPort(), "the MongoDB-wire server", "--mongo-port");
        mongo = new EmbeddedMongo(options.dataDir().resolve("mongo"), options.mongoPort(), options.memoryDatabase());
        mongoUri = mongo.uri();
        step(options.memoryDatabase() ? "MongoDB-wire server (in memory)" : "MongoDB-wire server (H2 file)", mongoUri,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * GreenMail, unless SPRING_MAIL_HOST names a relay: where the reporting service sends reminders, notices and the
     * digest. Answers what the services need to know to use it.
     */
    private Map<String, String> startMail(Path logs) throws InterruptedException {
        Map<String, String> mail = new HashMap<>(Map.of("WPS_NOTIFICATIONS_ENABLED", "true",
                "WPS_NOTIFICATIONS_INTERVAL", options.notificationInterval().toString()));
        if (options.externalMail() != null) {
            out.println("  using the mail relay " + options.externalMail() + " (SPRING_MAIL_HOST)");
            return mail;
        }
        long started = System.nanoTime();
        Ports.requireFree(options.mailPort(), "the mail server", "--mail-port");
        Ports.requireFree(options.mailWebPort(), "the mail server's web page", "--mail-web-port");
        mailServer = ServiceProcess.run("mail-server (GreenMail)", List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx96m",
                "-XX:TieredStopAtLevel=1", "-Dgreenmail.smtp.hostname=127.0.0.1",
                "-Dgreenmail.smtp.port=" + options.mailPort(), "-Dgreenmail.api.hostname=127.0.0.1",
                "-Dgreenmail.api.port=" + options.mailWebPort(), "-Dgreenmail.auth.disabled", "-jar",
                options.servicesDir().resolveSibling("mail").resolve("greenmail-standalone.jar").toString()),
                Map.of(), options.mailWebPort(), "/api/service/readiness", logs.resolve("mail-server.log"));
        mailServer.awaitReady(SERVICE_START_TIMEOUT);
        step("Mail server (GreenMail)", "smtp://127.0.0.1:" + options.mailPort(),
                Duration.ofNanos(System.nanoTime() - started));
        mail.put("SPRING_MAIL_HOST", "127.0.0.1");
        mail.put("SPRING_MAIL_PORT", String.valueOf(options.mailPort()));
        return mail;
    }

    /** Where the mail the system sent is read (GreenMail's web page and API), or null with a relay. */
    String mailWebUrl() {
        return mailServer == null ? null : "http://localhost:" + options.mailWebPort();
    }

    private void provisionTopics() throws InterruptedException {
        long started = System.nanoTime();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000))) {
            TopicProvisioner.ensure(admin, TopicProvisioner.eventTopics(new TopicNames(""), PARTITIONS, (short) 1,
                    TopicProvisioner.DEFAULT_MAX_EVENT_BYTES),
                    Duration.ofSeconds(60));
        } catch (IllegalStateException e) {
            throw new LaunchException(e.getMessage(), e);
        }
        step("Event topics", String.join(", ", Topics.ALL) + " (+ .dlt)", Duration.ofNanos(System.nanoTime() - started));
    }

    private void step(String what, String where, Duration took) {
        out.printf("  ok  %-30s %-40s %5.1f s%n", what, where, took.toMillis() / 1000.0);
    }

    private void printSummary(Duration took) throws IOException {
        out.println();
        out.printf("Ready in %.1f s.%n", took.toMillis() / 1000.0);
        for (ServiceProcess service : services) {
            boolean portal = service.name().equals(ServiceJar.artifactOf(PORTAL));
            out.printf("  %-22s %s%s%n", service.name(), service.url(),
                    portal ? "   (the web application)" : "   (API docs: " + service.url() + "/swagger-ui.html)");
        }
        services.stream().filter(service -> service.name().equals(ServiceJar.artifactOf(PORTAL))).findFirst()
                .ifPresent(portal -> out.println("\n  Open " + portal.url() + " and sign in as secretariat, focal.arg"
                        + " (Argentina's focal point) or reviewer (a peer reviewer), password "
                        + EmbeddedKeycloak.DEVELOPMENT_PASSWORD + (identity == null ? " (with an external identity "
                        + "provider: its own users)" : "") + "."));
        if (identity != null) {
            out.println("\n  Sign in at " + identity.url() + " (realm " + EmbeddedKeycloak.REALM + ", issuer "
                    + identity.issuer() + ").");
            out.println("  Development users of the embedded default only, all with the password "
                    + EmbeddedKeycloak.DEVELOPMENT_PASSWORD + ":");
            EmbeddedKeycloak.developmentUsers().forEach((user, what) -> out.printf("    %-12s %s%n", user, what));
            out.println("  A token for scripts: curl -s -d grant_type=password -d client_id=wps-cli -d username=focal.arg"
                    + " -d password=" + EmbeddedKeycloak.DEVELOPMENT_PASSWORD + " " + identity.issuer()
                    + "/protocol/openid-connect/token");
            out.println("  Keycloak's admin console: " + identity.url() + "/admin (admin / "
                    + EmbeddedKeycloak.DEVELOPMENT_PASSWORD + ").");
        }
        if (mailServer != null) {
            out.println("\n  Mail the system sends (reminders, notices, the secretariat's digest) is kept by GreenMail:"
                    + " read it at " + mailWebUrl() + "/ or GET " + mailWebUrl()
                    + "/api/user/<address>/messages/INBOX/ (the secretariat's is "
                    + "secretariat@localhost); it is never delivered anywhere.");
        }
        out.println("\nPress Ctrl-C to stop. Data stays in " + options.dataDir() + ".");
    }

    /** Process ids of the running services, for operators and tests. */
    List<Long> servicePids() {
        return services.stream().map(ServiceProcess::pid).toList();
    }

    String kafkaBootstrap() {
        return kafkaBootstrap;
    }

    /** Stops the embedded broker, leaving everything else running (fault tests: the broker goes away). */
    synchronized void stopBroker() {
        kafka.close();
    }

    /** Starts the embedded broker again on the same log directory and ports. */
    synchronized void restartBroker() throws IOException {
        kafka = new EmbeddedKafka(options.dataDir().resolve("kafka"), options.kafkaPort(), options.kafkaControllerPort());
    }

    /** Stops the embedded database, leaving everything else running (fault tests: the database goes away). */
    synchronized void stopDatabase() {
        mongo.close();
    }

    /** Starts the embedded database again on the same file and port. */
    synchronized void restartDatabase() throws IOException {
        mongo = new EmbeddedMongo(options.dataDir().resolve("mongo"), options.mongoPort(), options.memoryDatabase());
    }

    void awaitClosed() throws InterruptedException {
        closed.await();
    }

    /** Stops the services first (they flush and commit), then the broker, then the database. */
    @Override
    public synchronized void close() {
        if (closing) {
            return;
        }
        closing = true;
        List<Thread> stopping = new ArrayList<>();
        for (ServiceProcess service : services) {
            Thread thread = new Thread(() -> service.stop(SERVICE_STOP_GRACE), "stop-" + service.name());
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (identity != null) {
            identity.close();
        }
        if (mailServer != null) {
            mailServer.stop(SERVICE_STOP_GRACE);
        }
        if (kafka != null) {
            kafka.close();
        }
        if (mongo != null) {
            mongo.close();
        }
        out.println("Stopped.");
        closed.countDown();
    }

    private record ServiceJar(String name, Path path, int port) {

        /** The module, jar and process name: "membership-service", …, and the portal's "web-portal". */
        static String artifactOf(String name) {
            return name.equals(PORTAL) ? "web-portal" : name + "-service";
        }

        String serviceName() {
            return artifactOf(name);
        }
    }
}
