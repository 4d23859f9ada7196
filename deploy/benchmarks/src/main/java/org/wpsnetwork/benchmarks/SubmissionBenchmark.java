package org.wpsnetwork.benchmarks;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Progress reports, as member states submit them: how long one takes to show in the member's reporting view, and
 * how many the system accepts per second from several clients at once. Each client reports for its own benchmark
 * member (a regional organization with a made-up strategy, every record marked as demo data).
 *
 * <p>The burst is compared, at the same concurrency, with two floors measured in the same run: reading the plan
 * from the same service ({@code GET /api/v1/action-plans/{id}}: HTTP, one MongoDB read), and inserting a document
 * the size of a stored report straight into MongoDB with the driver. A submission adds validation against the
 * replicas, the idempotency key and the report with its outbox entry (two inserts), and the relay's publish.
 */
final class SubmissionBenchmark {

    private static final LocalDate PLAN_START = LocalDate.of(2017, 1, 1);

    private SubmissionBenchmark() {
    }

    static void run(Options options, String run, Latencies raw) throws Exception {
        String recommendation = adoptedRecommendation(options);
        List<Reporter> reporters = new ArrayList<>();
        for (int c = 0; c < options.clients(); c++) {
            reporters.add(Reporter.admit(options, "BX" + run + "R" + Http.letters(c, 3), recommendation));
        }
        System.out.printf("Progress reports: %d benchmark members with a plan of 3 indicators%s%n", reporters.size(),
                recommendation == null ? " (no adopted recommendation found: reports carry indicator values only)"
                        : ", each report also rating " + recommendation);

        Latencies toView = new Latencies();
        for (int i = -10; i < options.count(); i++) {
            Reporter reporter = reporters.get(Math.floorMod(i, reporters.size()));
            long started = System.nanoTime();
            BigDecimal value = reporter.submit();
            Http.awaitView(reporter.view(options), view -> reporter.shows(view, value));
            if (i >= 0) {
                toView.add(System.nanoTime() - started);
            }
        }
        System.out.println("  report submitted -> in the member's view:    " + toView.summary() + toView.against(raw));

        int perClient = Math.max(1, options.burst() / reporters.size());
        Burst reads = Burst.of(reporters.size(), perClient,
                c -> Http.require(Http.send("GET", options.napMonitoring() + "/api/v1/action-plans/"
                        + reporters.get(c).planId, null), 200));
        Burst inserts = rawInserts(options.mongodb(), reporters.get(0).body(BigDecimal.ONE, PLAN_START),
                reporters.size(), perClient);
        Burst submissions = Burst.of(reporters.size(), perClient, c -> reporters.get(c).submit());
        long drainStarted = System.nanoTime();
        for (Reporter reporter : reporters) {
            BigDecimal last = reporter.lastValue;
            Http.awaitView(reporter.view(options), view -> reporter.shows(view, last));
        }
        long drainMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - drainStarted);

        System.out.printf("  burst of %d submissions from %d clients:%n", submissions.count(), reporters.size());
        System.out.printf("    raw MongoDB insert of a report-sized document: %7.0f /s   %s%n", inserts.perSecond(),
                inserts.latencies().summary());
        System.out.printf("    GET the plan (HTTP + one read):                %7.0f /s   %s%n", reads.perSecond(),
                reads.latencies().summary());
        System.out.printf("    POST a progress report:                        %7.0f /s   %s%n", submissions.perSecond(),
                submissions.latencies().summary());
        System.out.printf("    submissions per second as a share of: raw insert %.0f %%, plan read %.0f %%%n",
                100 * submissions.perSecond() / inserts.perSecond(), 100 * submissions.perSecond() / reads.perSecond());
        System.out.printf("    every member's view showed its last report %d ms after the burst ended%n", drainMillis);
    }

    /** A recommendation of an adopted communiqué, so reports can rate one; null when the system has none. */
    private static String adoptedRecommendation(Options options) {
        JsonNode all = Http.JSON.readTree(Http.require(Http.send("GET", options.meetings() + "/api/v1/recommendations",
                null), 200).body());
        for (JsonNode recommendation : all) {
            if (!recommendation.path("adoptedOn").isNull() && !recommendation.path("adoptedOn").isMissingNode()) {
                return recommendation.path("id").asString();
            }
        }
        return null;
    }

    /** The database floor: report-sized documents inserted with the driver into a scratch database, dropped afterwards. */
    private static Burst rawInserts(String uri, String reportBody, int clients, int perClient) throws Exception {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase scratch = client.getDatabase("wps_benchmark_scratch");
            MongoCollection<Document> collection = scratch.getCollection("reports");
            try {
                // A stored report holds its state and an outbox entry carrying the encoded event: about twice the body.
                return Burst.of(clients, perClient, c -> collection.insertOne(new Document("_id", UUID.randomUUID().toString())
                        .append("state", Document.parse(reportBody)).append("outbox", reportBody)));
            } finally {
                scratch.drop();
            }
        }
    }

    /** One benchmark member reporting on its plan, one period (a day) after another, each value higher. */
    private static final class Reporter {

        private final String code;
        private final String planId;
        private final String reportsUrl;
        private final String recommendation;
        private int day;
        private volatile BigDecimal lastValue;

        private Reporter(String code, String planId, String reportsUrl, String recommendation) {
            this.code = code;
            this.planId = planId;
            this.reportsUrl = reportsUrl;
            this.recommendation = recommendation;
        }

        static Reporter admit(Options options, String code, String recommendation) throws InterruptedException {
            Http.require(Http.send("POST", options.membership() + "/api/v1/members", """
                    {"code":"%s","name":"Benchmark reporter %s","type":"REGIONAL_ORGANIZATION","region":"TRANSREGIONAL",
                     "joinedOn":"2017-01-01"}""".formatted(code, code)), 201);
            String planId = "bench-" + code.toLowerCase() + "-strategy-1";
            String plan = """
                    {"id":"%s","kind":"STRATEGY","title":"Benchmark strategy","generation":1,"adoptedOn":"2017-01-01",
                     "periodStart":"2017-01-01","periodEnd":"2035-12-31","leadInstitution":"Benchmark secretariat",
                     "pillars":["PARTICIPATION","PROTECTION","PREVENTION","RELIEF_AND_RECOVERY"],
                     "indicators":[
                       {"code":"I1","description":"Benchmark indicator one","pillar":"PARTICIPATION","unit":"number","baseline":0,"target":100000},
                       {"code":"I2","description":"Benchmark indicator two","pillar":"PROTECTION","unit":"number","baseline":0,"target":100000},
                       {"code":"I3","description":"Benchmark indicator three","pillar":"PREVENTION","unit":"%%","baseline":0,"target":100}],
                     "demo":true}""".formatted(planId);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            // The member reaches nap-monitoring's replica through Kafka; until then the plan is refused as unknown.
            HttpResponse<String> response = Http.send("POST", options.napMonitoring() + "/api/v1/members/" + code
                    + "/action-plans", plan);
            while (response.statusCode() == 422 && response.body().contains("unknown-members")
                    && System.nanoTime() < deadline) {
                Thread.sleep(5);
                response = Http.send("POST", options.napMonitoring() + "/api/v1/members/" + code + "/action-plans", plan);
            }
            Http.require(response, 201);
            return new Reporter(code, planId, options.napMonitoring() + "/api/v1/action-plans/" + planId
                    + "/progress-reports", recommendation);
        }

        String view(Options options) {
            return options.reporting() + "/api/v1/reports/members/" + code;
        }

        /** Submits the next period's report, safe to retry by its idempotency key; answers the value it reported. */
        BigDecimal submit() {
            day++;
            BigDecimal value = BigDecimal.valueOf(day);
            Http.require(Http.send("POST", reportsUrl, body(value, PLAN_START.plusDays(day)),
                    "Idempotency-Key", UUID.randomUUID().toString()), 201);
            lastValue = value;
            return value;
        }

        String body(BigDecimal value, LocalDate period) {
            String rating = recommendation == null ? "" : """
                    {"recommendationId":"%s","completion":"%s"}""".formatted(recommendation,
                    day % 2 == 0 ? "LIMITED" : "SUBSTANTIAL");
            return """
                    {"periodFrom":"%s","periodTo":"%s","demo":true,
                     "indicatorValues":[{"code":"I1","value":%s},{"code":"I2","value":%s},{"code":"I3","value":%s}],
                     "recommendationStatuses":[%s]}""".formatted(period, period, value, value,
                    value.min(BigDecimal.valueOf(100)), rating);
        }

        boolean shows(JsonNode view, BigDecimal value) {
            for (JsonNode indicator : view.path("indicators")) {
                if (indicator.path("planId").asString().equals(planId) && indicator.path("code").asString().equals("I1")
                        && indicator.path("latestValue").isNumber()) {
                    return indicator.path("latestValue").decimalValue().compareTo(value) == 0;
                }
            }
            return false;
        }
    }

    /** Each of {@code clients} threads runs a task {@code perClient} times, all started together. */
    private record Burst(Latencies latencies, int count, long elapsedNanos) {

        interface Task {
            void run(int client) throws Exception;
        }

        static Burst of(int clients, int perClient, Task task) throws Exception {
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            try {
                Latencies latencies = new Latencies();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int client = c;
                    running.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < perClient; i++) {
                            long started = System.nanoTime();
                            task.run(client);
                            latencies.add(System.nanoTime() - started);
                        }
                        return null;
                    }));
                }
                long started = System.nanoTime();
                start.countDown();
                for (Future<?> future : running) {
                    future.get();
                }
                return new Burst(latencies, clients * perClient, System.nanoTime() - started);
            } finally {
                pool.shutdownNow();
            }
        }

        double perSecond() {
            return count * 1e9 / elapsedNanos;
        }
    }
}
