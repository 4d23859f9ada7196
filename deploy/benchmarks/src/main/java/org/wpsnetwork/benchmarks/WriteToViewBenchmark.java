package org.wpsnetwork.benchmarks;

import java.net.http.HttpResponse;

/**
 * How long a membership change takes to show in the reporting view: {@code POST /api/v1/members}, then a
 * {@code PATCH} renaming it, each timed until {@code GET /api/v1/reports/members/{code}} shows it. The path adds
 * an HTTP write, a MongoDB write with the outbox, the relay, the consumer's batch, the projection's MongoDB writes
 * and an HTTP read to the raw Kafka round trip.
 */
final class WriteToViewBenchmark {

    private WriteToViewBenchmark() {
    }

    static void run(Options options, String run, Latencies raw) {
        Latencies created = new Latencies();
        Latencies renamed = new Latencies();
        for (int i = -10; i < options.count(); i++) {
            String code = "BX" + run + "M" + Http.letters(i + 10, 3);
            String view = options.reporting() + "/api/v1/reports/members/" + code;
            long started = System.nanoTime();
            HttpResponse<String> response = Http.require(Http.send("POST", options.membership() + "/api/v1/members", """
                    {"code":"%s","name":"Benchmark %s","type":"REGIONAL_ORGANIZATION","region":"TRANSREGIONAL",
                     "joinedOn":"2020-01-01"}""".formatted(code, code)), 201);
            Http.awaitView(view, member -> true);
            long createdNanos = System.nanoTime() - started;
            started = System.nanoTime();
            Http.require(Http.send("PATCH", options.membership() + "/api/v1/members/" + code,
                    "{\"name\":\"Renamed " + code + "\"}", "If-Match", response.headers().firstValue("ETag").orElseThrow()), 200);
            Http.awaitView(view, member -> member.path("name").asString().startsWith("Renamed"));
            if (i >= 0) {
                created.add(createdNanos);
                renamed.add(System.nanoTime() - started);
            }
        }
        System.out.println("  member admitted -> in its reporting view:    " + created.summary() + created.against(raw));
        System.out.println("  member renamed -> in its reporting view:     " + renamed.summary() + renamed.against(raw));
    }
}
