package org.wpsnetwork.launcher;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wpsnetwork.testsupport.FreePorts;
import org.wpsnetwork.testsupport.Http;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Fault test R3 on the embedded default exactly as the README starts it: the launcher (broker and database)
 * and every service are SIGKILLed together right after their 201s, then started again on the same data
 * directory. Every acknowledged write must still be there, in the owning service and in the reporting view,
 * and none applied twice.
 */
class LauncherCrashIT {

    private static final List<String> STATES = List.of("ARG", "BRA", "CAN", "DEU", "ESP", "FRA", "GBR", "ITA",
            "JPN", "KEN", "MEX", "NOR", "NZL", "PER", "POL", "PRT", "SWE", "TUN", "URY", "ZAF");

    @TempDir
    Path dataDir;

    @Test
    void acknowledgedWritesSurviveSigkillOfTheWholeSystem() throws Exception {
        List<String> args = new ArrayList<>(List.of("--no-seed", "--data-dir=" + dataDir));
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String option : List.of("kafka-port", "kafka-controller-port", "mongo-port", "membership-port",
                "reporting-port", "mail-port", "mail-web-port")) {
            ports.put(option, FreePorts.take());
            args.add("--" + option + "=" + ports.get(option));
        }
        Http membership = new Http("http://localhost:" + ports.get("membership-port"))
                .signedIn(SharedIdentityProvider.tools());
        Http reporting = new Http("http://localhost:" + ports.get("reporting-port"))
                .signedIn(SharedIdentityProvider.tools());

        Process first = launch(args, "first");
        List<String> acknowledged = new ArrayList<>();
        try {
            for (int i = 0; i < STATES.size(); i++) {
                String code = STATES.get(i);
                Http.Response created = membership.post("/api/v1/members", """
                        {"code":"%s","name":"Crash test %d","type":"STATE","region":"EUROPE","joinedOn":"2024-01-01"}
                        """.formatted(code, i), "Content-Type", "application/json");
                assertThat(created.status()).as(created.toString()).isEqualTo(201);
                acknowledged.add(code);
            }
        } finally {
            sigkillWithDescendants(first);
        }

        Process second = launch(args, "second");
        try {
            List<String> missingAtSource = acknowledged.stream()
                    .filter(code -> membership.get("/api/v1/members/" + code).status() != 200).toList();
            List<String> inView = viewedWithin(reporting, acknowledged, Duration.ofSeconds(60));
            List<String> missingInView = acknowledged.stream().filter(code -> !inView.contains(code)).toList();
            // The timeline is written just after the member view, in the same batch: wait for it too.
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> acknowledged.stream().allMatch(code -> reporting
                        .get("/api/v1/reports/members/" + code + "/timeline").status() == 200));
            } catch (ConditionTimeoutException e) {
                // Counted below as missing.
            }
            long appliedTwice = acknowledged.stream().filter(code -> timelineEntries(reporting, code) > 1).count();
            missingInView = new ArrayList<>(missingInView);
            for (String code : acknowledged) {
                if (timelineEntries(reporting, code) == 0 && !missingInView.contains(code)) {
                    missingInView.add(code);
                }
            }
            System.out.printf("R3 SIGKILL of launcher and services after %d acknowledged writes: %d missing in "
                    + "membership, %d missing in the reporting view, %d applied twice%n", acknowledged.size(),
                    missingAtSource.size(), missingInView.size(), appliedTwice);
            if (!missingInView.isEmpty()) {
                explain(missingInView, reporting);
            }
            assertThat(missingAtSource).isEmpty();
            assertThat(missingInView).isEmpty();
            assertThat(appliedTwice).isZero();
        } finally {
            second.destroy();
            if (!second.waitFor(60, TimeUnit.SECONDS)) {
                sigkillWithDescendants(second);
            }
        }
    }

    /**
     * What the system knows of members missing from the view, for the next person to read the failure: the
     * reporting service's view and timeline answers, its dead letters, and every log line naming them.
     */
    private void explain(List<String> missing, Http reporting) throws IOException {
        Http operations = reporting.as(SharedIdentityProvider.userToken("ops"));
        for (String code : missing) {
            System.out.println("Missing " + code + ": view " + reporting.get("/api/v1/reports/members/" + code)
                    + "; timeline " + reporting.get("/api/v1/reports/members/" + code + "/timeline"));
        }
        System.out.println("Dead letters: " + operations.get("/api/v1/admin/dead-letters").body());
        try (Stream<Path> logs = Files.walk(dataDir)) {
            for (Path log : logs.filter(path -> path.toString().endsWith(".log")).toList()) {
                Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                        .filter(line -> missing.stream().anyMatch(line::contains))
                        .forEach(line -> System.out.println(log.getFileName() + ": " + line));
            }
        }
    }

    /** The members the reporting view shows once it has all of them, or when the time is up. */
    private static List<String> viewedWithin(Http reporting, List<String> expected, Duration atMost) {
        try {
            return codes(reporting.awaitJson("/api/v1/reports/members", atMost, list -> codes(list).containsAll(expected)));
        } catch (ConditionTimeoutException e) {
            return codes(reporting.get("/api/v1/reports/members").json());
        }
    }

    private static int timelineEntries(Http reporting, String code) {
        Http.Response timeline = reporting.get("/api/v1/reports/members/" + code + "/timeline");
        return timeline.status() == 200 ? timeline.json().path("events").size() : 0;
    }

    private static List<String> codes(JsonNode list) {
        JsonNode members = list.has("members") ? list.path("members") : list;
        List<String> codes = new ArrayList<>();
        members.forEach(member -> codes.add(member.path("code").asString()));
        return codes;
    }

    private Process launch(List<String> args, String run) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dwps.services.dir=" + ServiceSubset.of(dataDir.resolve("jars-" + run), "membership", "reporting"),
                EmbeddedLauncher.class.getName()));
        command.addAll(args);
        Path log = dataDir.resolve("launcher-" + run + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(SharedIdentityProvider.environment());
        Process process = builder.start();
        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofMillis(500)).until(() -> {
            assertThat(process.isAlive()).as("launcher (%s) exited: %s", run, read(log)).isTrue();
            return read(log).contains("Ready in");
        });
        return process;
    }

    /** SIGKILL, no shutdown hooks: the launcher and every service JVM it started, all at once. */
    private static void sigkillWithDescendants(Process process) throws InterruptedException {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().collect(Collectors.toList()));
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle handle : all) {
            handle.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

}
