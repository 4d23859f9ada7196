package org.wpsnetwork.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.meetings.Addressee;
import org.wpsnetwork.contracts.meetings.Recommendation;
import org.wpsnetwork.contracts.meetings.RecommendationTheme;
import org.wpsnetwork.seed.ImportRejected;
import org.wpsnetwork.seed.ImportSummary;
import org.wpsnetwork.seed.SeedData;
import org.wpsnetwork.seed.SeedImporter;
import org.wpsnetwork.seed.demo.DemoDataGenerator;
import org.wpsnetwork.testsupport.FreePorts;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.PublishedEvents;
import org.wpsnetwork.testsupport.TestInfrastructure;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The system as the README's run command starts it: real broker, real database, every service in its own
 * JVM from its jar, the network's record loaded through the APIs on first start. The scenarios run in order
 * on one system; the last one restarts it. It runs one after another with the other launches of this JVM: two
 * embedded systems in one JVM at once (FaultInjectionIT's and this one) disturb each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedSystemIT {

    private static final Duration DEADLINE = Duration.ofSeconds(20);

    /** One data directory for the whole class: the last scenario restarts on it. */
    @TempDir
    static Path dataDir;
    LaunchOptions options;
    EmbeddedSystem system;
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    Http membership;
    Http meetings;
    Http nap;
    Http reporting;
    PortalInTheBrowser browser;
    String reportReviewedInTheBrowser;

    @BeforeAll
    void startSeeded() throws Exception {
        options = options();
        membership = new Http("http://localhost:" + options.servicePorts().get("membership"))
                .signedIn(SharedIdentityProvider.tools());
        meetings = new Http("http://localhost:" + options.servicePorts().get("meetings"))
                .signedIn(SharedIdentityProvider.tools());
        nap = new Http("http://localhost:" + options.servicePorts().get("nap-monitoring"))
                .signedIn(SharedIdentityProvider.tools());
        reporting = new Http("http://localhost:" + options.servicePorts().get("reporting"))
                .signedIn(SharedIdentityProvider.tools());
        system = new EmbeddedSystem(options, new PrintStream(output, true, StandardCharsets.UTF_8));
        system.start();
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @Test
    @Order(1)
    void theNetworksRecordIsLoadedOnFirstStart() {
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Loading the network's record", "Loaded in");

        JsonNode all = meetings.get("/api/v1/meetings").json();
        assertThat(all.size()).isEqualTo(14);
        Map<String, Integer> attendees = new HashMap<>();
        Map<String, Integer> recommendations = new HashMap<>();
        all.forEach(meeting -> {
            attendees.put(meeting.path("id").asString(), meeting.path("attendees").size());
            recommendations.put(meeting.path("id").asString(), meeting.path("recommendations").size());
        });
        assertThat(attendees).containsEntry("berlin-2018", 61).containsEntry("geneva-2022", 70)
                .containsEntry("washington-2023", 64).containsEntry("rome-2026", 55);
        assertThat(recommendations).containsEntry("berlin-2018", 9).containsEntry("geneva-2022", 9)
                .containsEntry("washington-2023", 10).containsEntry("rome-2026", 17);
        assertThat(membership.get("/api/v1/members").json().size()).isEqualTo(100);
        assertThat(nap.get("/api/v1/reference-indicators").json().findValuesAsString("code"))
                .as("the working set of reference indicators").hasSize(9).contains("PARTICIPATION.NEGOTIATORS");

        JsonNode namibia = viewOf("NAM", view -> view.path("meetingsAttended").path("count").asInt() == 4);
        assertThat(namibia.path("meetingsAttended").path("ids").toString())
                .isEqualTo("[\"rome-2026\",\"washington-2023\",\"geneva-2022\",\"berlin-2018\"]");
        assertThat(namibia.path("roles").toString()).isEqualTo("[{\"year\":2018,\"role\":\"TROIKA\"}]");
        JsonNode armenia = viewOf("ARM", view -> view.path("meetingsAttended").path("count").asInt() == 2);
        assertThat(armenia.path("meetingsAttended").path("ids").toString())
                .as("printed 'Armenia Australia' in Washington").isEqualTo("[\"washington-2023\",\"geneva-2022\"]");
        await().atMost(DEADLINE).until(() -> reporting.get("/api/v1/reports/recommendations").json()
                .path("recommendations").size() == 47);
    }

    @Test
    @Order(2)
    void importingTheRecordAgainChangesNothing() {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        ImportSummary summary = new SeedImporter(URI.create(membership.url("")), URI.create(meetings.url("")),
                URI.create(nap.url("")), SharedIdentityProvider.tools(), new PrintStream(again, true, StandardCharsets.UTF_8)).run(SeedData.load());

        assertThat(summary.changedAnything()).isFalse();
        assertThat(summary.members().unchanged()).isEqualTo(100);
        assertThat(summary.meetings().unchanged()).isEqualTo(14);
        assertThat(summary.referenceIndicators().unchanged()).as("the working set").isEqualTo(9);
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("Nothing to change");
        assertThat(meetings.get("/api/v1/meetings/rome-2026").header("ETag"))
                .as("scheduled, attended, 17 recommendations, adopted: version 20, and no new one")
                .hasValue("\"20\"");
    }

    @Test
    @Order(3)
    void theImportStopsAtTheFirstRecordAServiceRefusesAndNamesIt() {
        SeedData record = SeedData.load();
        SeedImporter importer = new SeedImporter(URI.create(membership.url("")), URI.create(meetings.url("")),
                URI.create(nap.url("")), SharedIdentityProvider.tools(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        List<SeedData.Member> otherJoinDate = new ArrayList<>(record.members());
        SeedData.Member argentina = otherJoinDate.stream().filter(m -> m.code().equals("ARG")).findFirst().orElseThrow();
        otherJoinDate.set(otherJoinDate.indexOf(argentina), new SeedData.Member("ARG", argentina.name(),
                argentina.type(), argentina.region(), LocalDate.of(2017, 1, 1), argentina.evidence(), null));
        assertThatThrownBy(() -> importer.run(new SeedData(otherJoinDate, record.roles(), record.meetings(),
                record.referenceIndicators())))
                .isInstanceOf(ImportRejected.class)
                .hasMessageContaining("member ARG (members.yaml)").hasMessageContaining("joined on 2017-01-01");

        List<SeedData.Meeting> lateRecommendation = new ArrayList<>(record.meetings());
        SeedData.Meeting rome = lateRecommendation.stream().filter(m -> m.id().equals("rome-2026")).findFirst()
                .orElseThrow();
        List<Recommendation> more = new ArrayList<>(rome.recommendationList());
        more.add(new Recommendation("rome-2026-99", RecommendationTheme.OTHER, Addressee.ALL_MEMBERS,
                "A recommendation the communiqué never made.", "nowhere"));
        lateRecommendation.set(lateRecommendation.indexOf(rome), new SeedData.Meeting(rome.id(), rome.kind(),
                rome.ordinal(), rome.title(), rome.theme(), rome.startDate(), rome.endDate(), rome.datePrecision(),
                rome.city(), rome.countryCode(), rome.hostCodes(), rome.coChairCodes(), rome.status(), rome.source(),
                rome.statedFigures(), rome.attendance(), more, rome.communiqueAdoptedOn()));
        assertThatThrownBy(() -> importer.run(new SeedData(record.members(), record.roles(), lateRecommendation,
                record.referenceIndicators())))
                .isInstanceOf(ImportRejected.class)
                .hasMessageStartingWith("meetings-service rejected recommendation rome-2026-99 of meeting rome-2026 "
                        + "(meetings.yaml): 409 conflict")
                .hasMessageContaining("adopted on 2026-06-10");
    }

    @Test
    @Order(4)
    void aMembersWholeLifeReachesTheReports() throws Exception {
        Http.Response admitted = membership.post("/api/v1/members", """
                {"code":"FJI","name":"Fiji","type":"STATE","region":"OCEANIA","joinedOn":"2026-07-01"}""",
                "X-Correlation-Id", "e2e-fiji");
        assertThat(admitted.status()).as(admitted.toString()).isEqualTo(201);
        try (PublishedEvents published = new PublishedEvents(system.kafkaBootstrap(), Topics.MEMBERSHIP)) {
            EventEnvelope<?> event = published.forKey("FJI", events -> !events.isEmpty(), DEADLINE).get(0);
            assertThat(event.eventType()).isEqualTo("MemberAdmitted");
            assertThat(event.correlationId()).isEqualTo("e2e-fiji");
        }
        viewOf("FJI", view -> view.path("name").asString().equals("Fiji"));
        await().atMost(DEADLINE).untilAsserted(() -> assertThat(
                Files.readString(dataDir.resolve("logs/reporting-service.log")))
                .as("the consumer logs the change under the request's correlation id")
                .containsPattern("\\[e2e-fiji\\].*Applied MemberAdmitted Member\\|FJI v1"));

        assertThat(membership.patch("/api/v1/members/FJI", "{\"name\":\"Republic of Fiji\"}", "If-Match", "\"1\"")
                .status()).isEqualTo(200);
        viewOf("FJI", view -> view.path("name").asString().equals("Republic of Fiji"));
        assertThat(membership.put("/api/v1/members/FJI/focal-point", """
                {"name":"Mere Tuilagi","institution":"Ministry of Foreign Affairs",
                 "email":"m.tuilagi@example.fj","appointedOn":"2026-07-15"}""", "If-Match", "\"2\"").status())
                .isEqualTo(200);
        viewOf("FJI", view -> view.path("focalPoint").path("name").asString().equals("Mere Tuilagi"));
        assertThat(membership.post("/api/v1/members/FJI/withdrawal", "{\"effectiveOn\":\"2026-10-31\"}",
                "If-Match", "\"3\"").status()).isEqualTo(200);
        viewOf("FJI", view -> view.path("status").asString().equals("WITHDRAWN") && view.path("focalPoint").isNull());
        // The overview is materialised from the member views just after them.
        reporting.awaitJson("/api/v1/reports/network", DEADLINE,
                overview -> overview.path("members").path("all").path("withdrawn").asLong() == 1);
    }

    @Test
    @Order(5)
    void aSeededMemberReportsOnItsPlanThroughReviewAndTheReportsFollow() {
        LocalDate today = LocalDate.now();
        String planBody = planBody("nam-nap-2", today);
        Http.Response plan = await().atMost(DEADLINE).until(
                () -> nap.post("/api/v1/members/NAM/action-plans", planBody), response -> response.status() != 422);
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);

        String report = """
                {"periodFrom":"%s","periodTo":"%s","indicatorValues":[{"code":"P1","value":%s},{"code":"V1","value":210}],
                 "recommendationStatuses":[{"recommendationId":"geneva-2022-8","completion":"%s"}]%s}""";
        String from = today.minusYears(1).toString();
        String to = today.minusMonths(1).toString();
        String first = report.formatted(from, to, "30", "LIMITED", "");
        Http.Response submitted = nap.post("/api/v1/action-plans/nam-nap-2/progress-reports", first,
                "Idempotency-Key", "nam-first-report");
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String id = submitted.json().path("id").asString();
        assertThat(nap.post("/api/v1/action-plans/nam-nap-2/progress-reports", first, "Idempotency-Key",
                "nam-first-report").json().path("id").asString()).as("the retry answers the same report").isEqualTo(id);
        assertThat(nap.get("/api/v1/action-plans/nam-nap-2/progress-reports").json().size()).isEqualTo(1);

        assertThat(nap.put("/api/v1/progress-reports/" + id, report.formatted(from, to, "32", "LIMITED",
                ",\"reason\":\"Two more negotiators counted\""), "If-Match", "\"1\"").status()).isEqualTo(200);
        assertThat(nap.post("/api/v1/progress-reports/" + id + "/return", "{\"reason\":\"Sources missing\"}",
                "If-Match", "\"2\"").status()).isEqualTo(200);
        assertThat(nap.put("/api/v1/progress-reports/" + id, report.formatted(from, to, "35", "SUBSTANTIAL",
                ",\"reason\":\"Sources added\""), "If-Match", "\"3\"").status()).isEqualTo(200);
        assertThat(nap.post("/api/v1/progress-reports/" + id + "/validation", null, "If-Match", "\"4\"").json()
                .path("state").asString()).isEqualTo("VALIDATED");

        JsonNode namibia = viewOf("NAM", view -> view.path("indicators").path(0).path("validated").asBoolean());
        assertThat(namibia.path("indicators").get(0).path("progressPercent").asDouble()).as("(35 - 20) / (50 - 20)")
                .isEqualTo(50.0);
        JsonNode cases = namibia.path("indicators").get(1);
        assertThat(cases.path("direction").asString()).isEqualTo("DECREASE");
        assertThat(cases.path("progressPercent").asDouble()).as("falling: (300 - 210) / (300 - 120)").isEqualTo(50.0);
        assertThat(cases.path("targetDate").asString()).as("the plan's end").isEqualTo(today.plusYears(3).toString());
        assertThat(namibia.path("indicators").findValuesAsString("status")).as("50 % of the way, a quarter of the "
                + "plan's time gone").containsExactly("SUBSTANTIAL", "SUBSTANTIAL");
        assertThat(namibia.path("actionPlans").get(0).path("status").asString()).isEqualTo("ACTIVE");
        assertThat(namibia.path("reportingStatus").asString()).isEqualTo("ON_TRACK");
        assertThat(namibia.path("lastReportDate").asString()).isEqualTo(today.toString());
        assertThat(completionOf(namibia.path("recommendations"), "geneva-2022-8").path("completion").asString())
                .isEqualTo("SUBSTANTIAL");
        JsonNode overview = reporting.awaitJson("/api/v1/reports/network", DEADLINE,
                o -> o.path("reportingStatus").path("ON_TRACK").asInt() == 1);
        assertThat(overview.path("napCoverage").path("states").path("withActivePlan").asInt()).isEqualTo(1);
        assertThat(overview.path("reportingStatus").path("ON_TRACK").asInt()).isEqualTo(1);
        assertThat(overview.path("includesDemoData").asBoolean()).isFalse();
        // The recommendations report is rewritten with the overview, just after it.
        JsonNode eight = completionOf(reporting.awaitJson("/api/v1/reports/recommendations?meetingId=geneva-2022",
                DEADLINE, recommendations -> completionOf(recommendations.path("recommendations"), "geneva-2022-8").path("completion")
                        .path("SUBSTANTIAL").asInt() > 0).path("recommendations"), "geneva-2022-8");
        assertThat(eight.path("completion").path("SUBSTANTIAL").asInt()).as("one report, counted once").isEqualTo(1);
    }

    /** A plan in force from a year ago for three more years, with one indicator P1 (20 → 50 %). */
    private static String planBody(String id, LocalDate today) {
        return """
                {"id":"%s","kind":"NAP","title":"Second National Action Plan on WPS","generation":2,
                 "adoptedOn":"%s","periodStart":"%s","periodEnd":"%s","leadInstitution":"Ministry of Gender Equality",
                 "pillars":["PARTICIPATION","PROTECTION","PREVENTION","RELIEF_AND_RECOVERY"],
                 "indicators":[{"code":"P1","description":"Women among peace negotiators","pillar":"PARTICIPATION",
                   "kind":"PERCENT","unit":"%%","baseline":20,"target":50},
                  {"code":"V1","description":"Cases of violence against women awaiting trial","pillar":"PROTECTION",
                   "kind":"COUNT","unit":"cases","baseline":300,"target":120,"direction":"DECREASE"}]}""".formatted(id,
                today.minusYears(1), today.minusYears(1), today.plusYears(3));
    }

    /**
     * The end-to-end check of sign-in: users signed in at the real Keycloak (client wps-cli, as the README's tour
     * does) act for whom they represent; the report's history and the member's timeline name them.
     */
    @Test
    @Order(6)
    void aFocalPointSignedInAtTheIdentityProviderReportsForTheirOwnMemberOnlyAndTheSecretariatValidates() {
        LocalDate today = LocalDate.now();
        for (String code : List.of("ARG", "NOR")) {
            String id = code.toLowerCase() + "-nap-2";
            Http.Response plan = await().atMost(DEADLINE).until(() -> nap.post("/api/v1/members/" + code
                    + "/action-plans", planBody(id, today)), response -> response.status() != 422);
            assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        }
        Http anaPerez = nap.as(SharedIdentityProvider.userToken("focal.arg"));
        Http samSecretariat = nap.as(SharedIdentityProvider.userToken("secretariat"));
        String report = """
                {"periodFrom":"%s","periodTo":"%s","indicatorValues":[{"code":"P1","value":26}],
                 "recommendationStatuses":[]}""".formatted(today.minusYears(1), today.minusMonths(2));

        assertThat(nap.as(null).post("/api/v1/action-plans/arg-nap-2/progress-reports", report).status())
                .as("without a token").isEqualTo(401);
        Http.Response submitted = anaPerez.post("/api/v1/action-plans/arg-nap-2/progress-reports", report);
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        Http.Response forNorway = anaPerez.post("/api/v1/action-plans/nor-nap-2/progress-reports", report);
        assertThat(forNorway.status()).as("Argentina's focal point for Norway: " + forNorway).isEqualTo(403);
        assertThat(forNorway.json().path("type").asString()).isEqualTo("urn:wps:problem:forbidden");
        String path = "/api/v1/progress-reports/" + submitted.json().path("id").asString();
        assertThat(anaPerez.post(path + "/validation", null, "If-Match", "\"1\"").status())
                .as("a focal point cannot validate").isEqualTo(403);
        Http.Response validated = samSecretariat.post(path + "/validation", null, "If-Match", "\"1\"");
        assertThat(validated.status()).as(validated.toString()).isEqualTo(200);

        JsonNode history = nap.get(path).json().path("history");
        assertThat(history.findValuesAsString("by")).containsExactly("Ana Pérez", "Sam Secretariat");
        assertThat(history.get(0).path("actor").path("memberCode").asString()).isEqualTo("ARG");
        assertThat(history.get(1).path("actor").path("role").asString()).isEqualTo("secretariat");
        JsonNode timeline = reporting.awaitJson("/api/v1/reports/members/ARG/timeline", DEADLINE, events ->
                events.path("events").findValuesAsString("eventType").contains("ProgressReportValidated"));
        assertThat(timeline.path("events").findValuesAsString("by")).contains("Ana Pérez (focal point, ARG)",
                "Sam Secretariat (secretariat)");
    }

    @Test
    @Order(7)
    void demoDataIsMadeOnlyWhenAskedShownAsDemoDataAndNeverMixedWithARealRecord() {
        assertThat(reporting.get("/api/v1/reports/network").json().path("includesDemoData").asBoolean())
                .as("nothing made up before it is asked for").isFalse();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(progress, true, StandardCharsets.UTF_8);
        // First made a year ago, then run again today: the plans stay as they were made, and only the reports
        // that have fallen due since are added.
        DemoDataGenerator yearAgo = new DemoDataGenerator(URI.create(membership.url("")), URI.create(meetings.url("")),
                URI.create(nap.url("")), SharedIdentityProvider.tools(), out,
                Clock.offset(Clock.systemUTC(), Duration.ofDays(-365)));
        DemoDataGenerator today = new DemoDataGenerator(URI.create(membership.url("")), URI.create(meetings.url("")),
                URI.create(nap.url("")), SharedIdentityProvider.tools(), out, Clock.systemUTC());
        // Every active member is offered a plan, so the one with a real plan (Namibia) is always among them.
        DemoDataGenerator.Options everyone = new DemoDataGenerator.Options(1.0, 2, 7);
        DemoDataGenerator.Result made = yearAgo.run(everyone);
        assertThat(made.plans()).isPositive();
        assertThat(progress.toString(StandardCharsets.UTF_8))
                .contains("NAM has recorded its own action plans; no demo plan made");
        assertThat(nap.get("/api/v1/members/NAM/action-plans").json().findValuesAsString("id"))
                .containsExactly("nam-nap-2");

        await().atMost(DEADLINE).until(() -> reporting.get("/api/v1/reports/network").json()
                .path("includesDemoData").asBoolean());
        assertThat(reporting.get("/api/v1/reports/members/NAM").json().path("includesDemoData").asBoolean())
                .as("Namibia's own plan is real").isFalse();

        await().atMost(DEADLINE).untilAsserted(() -> assertThat(demoIndicatorForms())
                .as("demo data shows every kind of indicator, a breakdown and each status")
                .contains("PERCENT", "COUNT", "CURRENCY", "YES_NO", "MILESTONE", "breakdown by SEX",
                        "stage reached", "yes on a day", "evidence link", "TARGET_ACHIEVED", "NOT_AVAILABLE"));

        JsonNode reportingFigures = reporting.get("/api/v1/reports/network").json().path("reporting").path("network");
        assertThat(reportingFigures.path("onTime").asInt()).as("demo reports entered as received when they came: "
                + reportingFigures).isPositive().isLessThan(reportingFigures.path("received").asInt());
        // What the calendar and the reviews imply goes out once: the secretariat's digest, and a notice for each
        // return and validation, recorded NO_ADDRESS where the record has no focal point e-mail (as here: the
        // digest lists those members). Reminders are for periods due within 30 days: none of the demo plans' is.
        await().atMost(DEADLINE).until(() -> inbox("secretariat@localhost").size() == 1);
        assertThat(inbox("secretariat@localhost").get(0).path("subject").asString())
                .startsWith("WPS network weekly digest");
        JsonNode log = await().atMost(DEADLINE).until(() -> reporting.get("/api/v1/reports/notifications").json(),
                entries -> entries.findValuesAsString("kind").containsAll(List.of("RETURNED", "VALIDATED")));
        assertThat(log.findValuesAsString("state")).as("the record has no focal point e-mail").contains("NO_ADDRESS");
        System.out.printf("Notifications recorded after the demo data: %d (%s)%n", log.size(), log.findValuesAsString(
                "kind").stream().collect(Collectors.groupingBy(k -> k, Collectors.counting())));

        DemoDataGenerator.Result aYearLater = today.run(everyone);
        assertThat(aYearLater.plans()).isEqualTo(made.plans());
        assertThat(aYearLater.reportsAlreadyThere()).isEqualTo(made.reports());
        assertThat(aYearLater.reports()).as("the reports that fell due in the year").isPositive();

        Map<String, Integer> reportsPerPlan = reportsPerPlan();
        assertThat(reportsPerPlan).as("the demo plans and the real ones of Namibia, Argentina and Norway")
                .hasSize(made.plans() + 3);
        DemoDataGenerator.Result again = today.run(everyone);
        assertThat(again.reports()).isZero();
        assertThat(again.reportsAlreadyThere()).isEqualTo(made.reports() + aYearLater.reports());
        assertThat(reportsPerPlan()).as("a second run the same day changes nothing").isEqualTo(reportsPerPlan);
    }

    /** The kinds, forms and statuses of the indicators in the member views that include demo data. */
    private Set<String> demoIndicatorForms() {
        Set<String> forms = new TreeSet<>();
        for (String code : membership.get("/api/v1/members").json().findValuesAsString("code")) {
            JsonNode view = reporting.get("/api/v1/reports/members/" + code).json();
            if (!view.path("includesDemoData").asBoolean()) {
                continue;
            }
            view.path("indicators").forEach(indicator -> {
                forms.add(indicator.path("kind").asString());
                forms.add(indicator.path("status").asString());
                if (!indicator.path("breakdown").isEmpty()) {
                    forms.add("breakdown by " + indicator.path("breakdown").get(0).path("dimension").asString());
                }
                if (indicator.path("latestStage").isString()) {
                    forms.add("stage reached");
                }
                if (indicator.path("achievedOn").isString()) {
                    forms.add("yes on a day");
                }
                if (!indicator.path("evidence").isEmpty()) {
                    forms.add("evidence link");
                }
            });
        }
        return forms;
    }

    /** Every member's plans with the number of progress reports recorded against each, as the NAP service has them. */
    private Map<String, Integer> reportsPerPlan() {
        Map<String, Integer> reports = new HashMap<>();
        for (String code : membership.get("/api/v1/members").json().findValuesAsString("code")) {
            for (String plan : nap.get("/api/v1/members/" + code + "/action-plans").json().findValuesAsString("id")) {
                reports.put(plan, nap.get("/api/v1/action-plans/" + plan + "/progress-reports").json().size());
            }
        }
        return reports;
    }

    private static JsonNode completionOf(JsonNode recommendations, String id) {
        return recommendations.findParents("id").stream().filter(r -> r.path("id").asString().equals(id))
                .findFirst().orElseThrow();
    }

    /** The web portal in a real browser, on this system with its record and demo data (PortalInTheBrowser). */
    @Test
    @Order(8)
    void focalPointsAndTheSecretariatReportAndReviewInTheBrowser() {
        String portal = "http://localhost:" + options.servicePorts().get("portal");
        SharedIdentityProvider.allowPortalAt(portal);
        browser = new PortalInTheBrowser(portal, nap, reporting);
        reportReviewedInTheBrowser = browser.aReportGoesThroughTheBrowserFromFormToValidation("arg-nap-2");
        browser.aFocalPointCannotReportForAnotherMember("nor-nap-2", SharedIdentityProvider.userToken("focal.arg"));
    }

    @Test
    @Order(9)
    void aPeerReviewerComparesMembersInTheBrowserAndTakesTheTableAway() {
        browser.aReviewerComparesAndDownloadsTheTable(reporting.as(SharedIdentityProvider.userToken("reviewer")));
    }

    @Test
    @Order(10)
    void theSecretariatKeepsTheRecordInTheBrowser() {
        browser.theSecretariatKeepsTheRecordAndTheOperatorsWatch(membership, meetings);
    }

    @Test
    @Order(11)
    void thePortalSpeaksFrenchAndSpanish() {
        browser.thePagesSpeakFrenchAndSpanish("arg-nap-2", reportReviewedInTheBrowser);
    }

    @Test
    @Order(12)
    void aRestartKeepsEverythingAndDoesNotLoadTheRecordAgain() throws Exception {
        String portal = "http://localhost:" + options.servicePorts().get("portal");
        // Someone signed in to the portal stays signed in across the restart (sessions are in the database).
        Browser signedIn = Browser.available() ? Browser.open(portal, "secretariat", "en").signIn("secretariat",
                EmbeddedKeycloak.DEVELOPMENT_PASSWORD) : null;
        List<Long> firstRun = system.servicePids();
        system.close();
        assertThat(firstRun).allSatisfy(pid -> assertThat(ProcessHandle.of(pid)).isEmpty());

        output.reset();
        system = new EmbeddedSystem(options, new PrintStream(output, true, StandardCharsets.UTF_8));
        system.start();
        if (signedIn != null) {
            try (signedIn) {
                signedIn.go("/review", "review-queue-after-restart");
                assertThat(signedIn.url()).as("still signed in: the session outlived the portal")
                        .isEqualTo(portal + "/review");
            }
        }

        assertThat(output.toString(StandardCharsets.UTF_8)).contains("was loaded on first start")
                .doesNotContain("Loading the network's record");
        assertThat(membership.get("/api/v1/members/FJI").json().path("version").asLong()).isEqualTo(4);
        JsonNode fiji = viewOf("FJI", view -> view.path("status").asString().equals("WITHDRAWN"));
        assertThat(fiji.path("name").asString()).isEqualTo("Republic of Fiji");
        assertThat(reporting.get("/api/v1/reports/members/FJI/timeline").json().path("events").size())
                .as("nothing applied twice after the restart").isEqualTo(4);
        assertThat(meetings.get("/api/v1/meetings").json().size()).isEqualTo(14);
        viewOf("NAM", view -> view.path("meetingsAttended").path("count").asInt() == 4);
        Thread.sleep(7_000); // two looks at the calendar after the restart
        assertThat(inbox("secretariat@localhost").size())
                .as("this week's digest went out before the restart, not again").isZero();
    }

    /** The mail GreenMail holds for {@code address} (it answers 400 for an address that received none). */
    private List<JsonNode> inbox(String address) {
        Http.Response messages = new Http(system.mailWebUrl()).get("/api/user/" + address + "/messages/INBOX/");
        List<JsonNode> received = new ArrayList<>();
        if (messages.status() == 200) {
            messages.json().forEach(received::add);
        }
        return received;
    }

    private JsonNode viewOf(String code, Predicate<JsonNode> condition) {
        return reporting.awaitJson("/api/v1/reports/members/" + code, DEADLINE, condition);
    }

    /** Free ports for everything, and Testcontainers' Kafka and MongoDB when the tests run on Docker. */
    private LaunchOptions options() throws IOException {
        // The calendar is looked at every 3 s, so that the mail it implies is there within the deadline.
        List<String> args = new ArrayList<>(List.of("--data-dir=" + dataDir, "--notification-interval=PT3S"));
        for (String option : List.of("kafka-port", "kafka-controller-port", "mongo-port", "membership-port",
                "meetings-port", "nap-monitoring-port", "reporting-port", "portal-port", "mail-port", "mail-web-port")) {
            args.add("--" + option + "=" + FreePorts.take());
        }
        Map<String, String> environment = new HashMap<>(SharedIdentityProvider.environment());
        if (TestInfrastructure.usesDocker()) {
            TestInfrastructure.Endpoints endpoints = TestInfrastructure.get();
            environment.put("KAFKA_BOOTSTRAP_SERVERS", endpoints.kafkaBootstrapServers());
            environment.put("MONGODB_URI", endpoints.mongoUri());
        }
        return LaunchOptions.parse(args.toArray(String[]::new), environment,
                Path.of(System.getProperty("wps.services.dir")));
    }

}
