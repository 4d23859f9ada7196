package org.wpsnetwork.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.PublishedEvents;
import org.wpsnetwork.testsupport.TestInfrastructure;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The system as the README's run command starts it: real broker, real database, every service in its own
 * JVM from its jar. A member's whole life, written over HTTP, reaches the reports; a restart keeps it all.
 */
class EmbeddedSystemIT {

    private static final Duration VIEW_DEADLINE = Duration.ofSeconds(10);

    @TempDir
    Path dataDir;

    @Test
    void membershipChangesReachTheReportsAndSurviveARestart() throws Exception {
        LaunchOptions options = options();
        Http membership = new Http("http://localhost:" + options.servicePorts().get("membership"));
        Http reporting = new Http("http://localhost:" + options.servicePorts().get("reporting"));
        List<Long> firstRunPids;

        try (EmbeddedSystem system = new EmbeddedSystem(options, quiet())) {
            system.start();
            firstRunPids = system.servicePids();

            Http.Response admitted = membership.post("/api/v1/members", """
                    {"code":"NAM","name":"Namibia","type":"STATE","region":"AFRICA","joinedOn":"2016-09-23"}""",
                    "X-Correlation-Id", "e2e-namibia");
            assertThat(admitted.status()).as(admitted.toString()).isEqualTo(201);
            try (PublishedEvents published = new PublishedEvents(system.kafkaBootstrap(), Topics.MEMBERSHIP)) {
                EventEnvelope<?> event = published.forKey("NAM", all -> !all.isEmpty(), VIEW_DEADLINE).get(0);
                assertThat(event.eventType()).isEqualTo("MemberAdmitted");
                assertThat(event.correlationId()).isEqualTo("e2e-namibia");
            }
            viewOf(reporting, "NAM", view -> view.path("name").asString().equals("Namibia"));
            await().atMost(VIEW_DEADLINE).untilAsserted(() -> assertThat(
                    Files.readString(dataDir.resolve("logs/reporting-service.log")))
                    .as("the consumer logs the change under the request's correlation id")
                    .containsPattern("\\[e2e-namibia\\].*Applied MemberAdmitted Member\\|NAM v1"));

            Http.Response renamed = membership.patch("/api/v1/members/NAM", "{\"name\":\"Republic of Namibia\"}",
                    "If-Match", "\"1\"");
            assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
            viewOf(reporting, "NAM", view -> view.path("name").asString().equals("Republic of Namibia"));

            Http.Response appointed = membership.put("/api/v1/members/NAM/focal-point", """
                    {"name":"Selma Nangolo","institution":"Ministry of International Relations",
                     "email":"s.nangolo@example.na","appointedOn":"2024-05-02"}""", "If-Match", "\"2\"");
            assertThat(appointed.status()).as(appointed.toString()).isEqualTo(200);
            viewOf(reporting, "NAM", view -> view.path("focalPoint").path("name").asString().equals("Selma Nangolo"));

            Http.Response withdrawn = membership.post("/api/v1/members/NAM/withdrawal",
                    "{\"effectiveOn\":\"2025-03-31\",\"reason\":\"Test of the reports\"}", "If-Match", "\"3\"");
            assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
            viewOf(reporting, "NAM", view -> view.path("status").asString().equals("WITHDRAWN")
                    && view.path("focalPoint").isNull());
            assertThat(reporting.get("/api/v1/reports/network").json().path("members").path("all")
                    .path("withdrawn").asLong()).isEqualTo(1);
        }
        assertThat(firstRunPids).allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isEmpty());

        try (EmbeddedSystem restarted = new EmbeddedSystem(options, quiet())) {
            restarted.start();

            assertThat(membership.get("/api/v1/members/NAM").json().path("version").asLong()).isEqualTo(4);
            JsonNode view = viewOf(reporting, "NAM", v -> v.path("status").asString().equals("WITHDRAWN"));
            assertThat(view.path("name").asString()).isEqualTo("Republic of Namibia");
            assertThat(reporting.get("/api/v1/reports/members/NAM/timeline").json().path("events").size())
                    .as("nothing applied twice after the restart").isEqualTo(4);

            assertThat(membership.post("/api/v1/members", """
                    {"code":"LSO","name":"Lesotho","type":"STATE","region":"AFRICA","joinedOn":"2019-06-01"}""")
                    .status()).isEqualTo(201);
            viewOf(reporting, "LSO", v -> v.path("status").asString().equals("ACTIVE"));
        }
    }

    private static JsonNode viewOf(Http reporting, String code, Predicate<JsonNode> condition) {
        return await().atMost(VIEW_DEADLINE).pollInterval(Duration.ofMillis(50)).until(() -> {
            Http.Response response = reporting.get("/api/v1/reports/members/" + code);
            return response.status() == 200 ? response.json() : null;
        }, view -> view != null && condition.test(view));
    }

    /** Free ports for everything, and Testcontainers' Kafka and MongoDB when the tests run on Docker. */
    private LaunchOptions options() throws IOException {
        List<String> args = new ArrayList<>(List.of("--data-dir=" + dataDir));
        for (String option : List.of("kafka-port", "kafka-controller-port", "mongo-port", "membership-port",
                "reporting-port")) {
            args.add("--" + option + "=" + freePort());
        }
        Map<String, String> environment = new HashMap<>();
        if (TestInfrastructure.usesDocker()) {
            TestInfrastructure.Endpoints endpoints = TestInfrastructure.get();
            environment.put("KAFKA_BOOTSTRAP_SERVERS", endpoints.kafkaBootstrapServers());
            environment.put("MONGODB_URI", endpoints.mongoUri());
        }
        return LaunchOptions.parse(args.toArray(String[]::new), environment,
                Path.of(System.getProperty("wps.services.dir")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
