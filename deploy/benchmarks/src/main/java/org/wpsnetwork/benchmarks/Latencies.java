package org.wpsnetwork.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Collected latencies in microseconds, with the summary a report needs. Safe to add to from several threads. */
final class Latencies {

    private final List<Long> micros = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failures = new AtomicInteger();

    void add(long nanos) {
        micros.add(nanos / 1_000);
    }

    /** A request that failed or did not answer 200: left out of the percentiles, counted. */
    void fail() {
        failures.incrementAndGet();
    }

    /** Nothing, or how many requests failed. */
    String errors() {
        return failures.get() == 0 ? "" : "  " + failures.get() + " FAILED";
    }

    long percentile(double p) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    String summary() {
        return String.format("n=%d  median %.2f ms  p95 %.2f ms  max %.2f ms", micros.size(),
                percentile(50) / 1000.0, percentile(95) / 1000.0, percentile(100) / 1000.0);
    }

    /** The median as a multiple of a baseline's median. */
    String against(Latencies baseline) {
        return String.format("  (%.1fx raw)", (double) percentile(50) / baseline.percentile(50));
    }
}
