package org.wpsnetwork.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Read latency at a fixed rate, from this process over loopback: each view's p50 and p99 at {@code --rate}
 * requests a second (open loop: a request's latency counts from when it was due, so a slow answer delays none of
 * the next), against the plainest read of the system, one member from membership-service ({@code GET
 * /api/v1/members/{code}}: one document, no views); then the overview's throughput with {@code --clients} clients
 * back to back. The portal's dashboard page is read signed in (as the secretariat) through the real sign-in page.
 */
final class ReadBenchmark {

    private ReadBenchmark() {
    }

    static void run(Options options, HttpClient portal) throws Exception {
        String member = options.values().getOrDefault("member", "ARG");
        String other = options.values().getOrDefault("other-member", "NOR");
        Map<String, Target> targets = new LinkedHashMap<>();
        targets.put("plain GET /api/v1/members/{code} (membership)", Target.api(options.membership()
                + "/api/v1/members/" + member));
        targets.put("member view /api/v1/reports/members/{code}", Target.api(options.reporting()
                + "/api/v1/reports/members/" + member));
        targets.put("network overview /api/v1/reports/network", Target.api(options.reporting()
                + "/api/v1/reports/network"));
        targets.put("compare /api/v1/reports/compare?members=…", Target.api(options.reporting()
                + "/api/v1/reports/compare?members=" + member + "," + other));
        targets.put("portal dashboard page / (signed in)", Target.page(portal, options.portal() + "/"));
        int rate = options.rate();
        Duration length = Duration.ofSeconds(options.seconds());
        System.out.printf("Reads at %d requests/s for %d s each (warm-up %d s), open loop, over loopback%n", rate,
                length.toSeconds(), options.seconds() / 3);
        Latencies plain = null;
        for (Map.Entry<String, Target> target : targets.entrySet()) {
            fixedRate(target.getValue(), rate, Duration.ofSeconds(options.seconds() / 3)); // warm-up
            Latencies measured = fixedRate(target.getValue(), rate, length);
            if (plain == null) {
                plain = measured;
            }
            System.out.printf("  %-50s p50 %6.2f ms  p99 %6.2f ms  (p99 %.2fx the plain GET's)%s%n", target.getKey(),
                    measured.percentile(50) / 1000.0, measured.percentile(99) / 1000.0,
                    (double) measured.percentile(99) / plain.percentile(99), measured.errors());
        }
        Target overview = targets.get("network overview /api/v1/reports/network");
        Target plainGet = targets.values().iterator().next();
        double overviewRate = throughput(overview, options.clients(), length);
        double plainRate = throughput(plainGet, options.clients(), length);
        System.out.printf("  overview throughput, %d clients back to back: %,.0f requests/s (plain GET: %,.0f/s, "
                + "%.2fx; goal >= 1,000/s)%n", options.clients(), overviewRate, plainRate, overviewRate / plainRate);
    }

    /** One read the benchmark repeats. */
    record Target(HttpClient client, Supplier<HttpRequest> request) {

        static Target api(String url) {
            return new Target(HttpClient.newHttpClient(), () -> HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + Http.token()).GET().build());
        }

        static Target page(HttpClient signedIn, String url) {
            return new Target(signedIn, () -> HttpRequest.newBuilder(URI.create(url)).GET().build());
        }
    }

    private static Latencies fixedRate(Target target, int rate, Duration length) throws InterruptedException {
        Latencies latencies = new Latencies();
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long count = length.toSeconds() * rate;
        long start = System.nanoTime();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            pending.add(target.client().sendAsync(target.request().get(), HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete((response, failure) -> {
                        if (failure != null || response.statusCode() != 200) {
                            latencies.fail();
                        } else {
                            latencies.add(System.nanoTime() - due);
                        }
                    }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        return latencies;
    }

    private static double throughput(Target target, int clients, Duration length) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long until = System.nanoTime() + length.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < until) {
                    try {
                        if (target.client().send(target.request().get(), HttpResponse.BodyHandlers.ofByteArray())
                                .statusCode() == 200) {
                            done.incrementAndGet();
                        }
                    } catch (Exception e) {
                        return; // counted as not done: the rate says it
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return done.get() / (double) length.toSeconds();
    }
}
