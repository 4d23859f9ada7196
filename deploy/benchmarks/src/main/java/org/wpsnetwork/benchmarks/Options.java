package org.wpsnetwork.benchmarks;

import java.util.HashMap;
import java.util.Map;

/** The command line, {@code --name=value} pairs, with the embedded stack's addresses as defaults. */
record Options(Map<String, String> values) {

    static Options parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            values.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        return new Options(values);
    }

    String membership() {
        return values.getOrDefault("membership", "http://localhost:8081");
    }

    String meetings() {
        return values.getOrDefault("meetings", "http://localhost:8082");
    }

    String napMonitoring() {
        return values.getOrDefault("nap-monitoring", "http://localhost:8083");
    }

    String reporting() {
        return values.getOrDefault("reporting", "http://localhost:8084");
    }

    String portal() {
        return values.getOrDefault("portal", "http://localhost:8085");
    }

    /** Requests a second of the read benchmark. */
    int rate() {
        return Integer.parseInt(values.getOrDefault("rate", "200"));
    }

    /** How long the read benchmark reads each view (and a third of it to warm up). */
    int seconds() {
        return Integer.parseInt(values.getOrDefault("seconds", "15"));
    }

    /** The identity provider the benchmarks sign in at, as the tools client. */
    String identity() {
        String issuer = System.getenv("WPS_OIDC_ISSUER_URI");
        return values.getOrDefault("identity", issuer == null || issuer.isBlank() ? "http://localhost:8180/realms/wps"
                : issuer);
    }

    String kafka() {
        return values.getOrDefault("kafka", "localhost:9092");
    }

    String mongodb() {
        return values.getOrDefault("mongodb", "mongodb://localhost:27017");
    }

    /** Changes timed one at a time. */
    int count() {
        return Integer.parseInt(values.getOrDefault("count", "200"));
    }

    /** Concurrent clients of the submission burst. */
    int clients() {
        return Integer.parseInt(values.getOrDefault("clients", "4"));
    }

    /** Reports submitted in the burst, in all. */
    int burst() {
        return Integer.parseInt(values.getOrDefault("burst", "1000"));
    }

    /** Members of the synthetic network the rebuild replays. */
    int members() {
        return Integer.parseInt(values.getOrDefault("members", "1100"));
    }

    /** Events of the synthetic network, about. */
    long events() {
        return Long.parseLong(values.getOrDefault("events", "1000000"));
    }

    String topicPrefix() {
        return values.getOrDefault("topic-prefix", "");
    }

    /** An operator (role admin) of the embedded default, for the rebuild: signed in through the wps-cli client. */
    String adminUser() {
        return values.getOrDefault("admin-user", "ops");
    }

    String adminPassword() {
        return values.getOrDefault("admin-password", "wps-dev-password");
    }

    /** Whether a benchmark runs: all but the rebuild by default, or the one {@code --only} names. */
    boolean runs(String benchmark) {
        String only = values.get("only");
        return only == null ? !benchmark.equals("rebuild") && !benchmark.equals("reads") : only.equals(benchmark);
    }
}
