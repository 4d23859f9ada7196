package org.wpsnetwork.benchmarks;

import org.wpsnetwork.seed.ClientCredentials;

import java.net.URI;

/**
 * Runs the benchmarks against a running system (by default the embedded stack on its default ports): the raw
 * Kafka round trip first, then membership changes and progress reports, each reported against it.
 *
 * <p>Usage: {@code java -jar wps-benchmarks.jar [--only=members|reports|rebuild|reads] [--count=N] [--clients=N] [--burst=N]
 * [--members=N] [--events=N] [--admin-user=ops] [--admin-password=…]
 * [--membership=URL] [--meetings=URL] [--nap-monitoring=URL] [--reporting=URL] [--kafka=HOST:PORT]
 * [--mongodb=URI] [--identity=ISSUER]}; it signs in as the tools client (client credentials).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Http.signInAt(options.identity());
        if (options.runs("rebuild")) {
            RebuildBenchmark.run(options, ClientCredentials.user(URI.create(options.identity()), "wps-cli",
                    options.adminUser(), options.adminPassword()));
            return;
        }
        if (options.runs("reads")) {
            ReadBenchmark.run(options, PortalSignIn.signIn(options.portal(), options.values().getOrDefault(
                    "portal-user", "secretariat"), options.adminPassword()));
            return;
        }
        String run = Http.letters(System.currentTimeMillis() / 1000, 4);
        System.out.printf("Write-to-view latency, %d changes of each kind, one at a time (warm-up excluded)%n",
                options.count());
        Latencies raw = KafkaRoundTrip.measure(options.kafka(), options.count());
        System.out.println("  raw Kafka produce -> consume (acks=all):      " + raw.summary());
        if (options.runs("members")) {
            WriteToViewBenchmark.run(options, run, raw);
        }
        if (options.runs("reports")) {
            SubmissionBenchmark.run(options, run, raw);
        }
    }
}
