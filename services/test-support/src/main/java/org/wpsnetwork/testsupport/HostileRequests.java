package org.wpsnetwork.testsupport;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import org.bson.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Generated hostile requests, property-based: from a catalogue of each endpoint's valid request, a seeded random
 * source derives requests with one to three mutations of the body (a value replaced by an extreme number, a
 * padded or control-character string, a wrong type, a deep nesting; a field dropped or added; a key repeated;
 * the text cut short), the path (encoded NUL, slash, dot segments, overlong UTF-8, very long segments), the query
 * and the headers (If-Match, Idempotency-Key, Content-Type, correlation id), sent down a raw socket so nothing
 * is tidied on the way. The properties checked on every answer: no 5xx; every 4xx is problem+json with a
 * {@code urn:wps:problem:} type and the same status; and after a 4xx the service's database holds exactly what
 * it held before (counts and versions of every collection). The seed is printed, so any failure can be replayed.
 */
public final class HostileRequests {

    /** One endpoint as a valid request would call it; {@code body} is null for requests without one. */
    public record Endpoint(String method, String path, String body, String ifMatch) {

        public static Endpoint of(String method, String path, String body) {
            return new Endpoint(method, path, body, null);
        }

        public Endpoint withIfMatch(String etag) {
            return new Endpoint(method, path, body, etag);
        }
    }

    /** What one run sent and got back; {@code violations} describes every broken property (empty when all held). */
    public record Figures(long seed, int sent, Map<Integer, Integer> byStatus, List<String> violations) {

        public String summary(String service) {
            long fiveHundreds = byStatus.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(Map.Entry::getValue).sum();
            return "R6 hostile requests to " + service + " (seed " + seed + "): " + sent + " sent, "
                    + fiveHundreds + " × 5xx, " + violations.size() + " properties broken; by status " + byStatus;
        }
    }

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final String[] HOSTILE_NUMBERS = {"1e400", "-1e400", "1e-400", "9223372036854775808",
            "-9223372036854775809", "1.5", "1e1", "-0", "0.10000000000000000001", "99999999999999999999999999999999999",
            "1E+2147483647", "NaN", "Infinity", "-1"};
    private static final String[] HOSTILE_TEXTS = {"", " ", " ASIA ", "nap", "\u0000", "a\u0000b", "\u001b[31mred",
            "\u0085", "\uD800", "\uFEFF", "%00", "../../etc/passwd", "<script>alert(1)</script>", "' OR '1'='1",
            "{\"$gt\":\"\"}", "$where", "2025-01-01T00:00:00Z", "+99999-01-01", "2025-02-30", "0000-01-01",
            "9999-12-31", "1899-12-31", "2019 ", "ARG ", "arg", "A".repeat(1000), "\u202Eevil", "null", "true"};
    private static final String[] HOSTILE_SEGMENTS = {"%00", "%2F", "%5C", "..", "%2e%2e", "%C0%AF", "%E2%80%AE",
            "A".repeat(3000), "%20", "2019%20", "%zz", ";x=1", "null", "-1", "99999999999999999999", "%F0%9F%98%80",
            "a%00b", "%2525", "~", "*"};
    private static final String[] HOSTILE_QUERIES = {"?limit=-1", "?limit=0", "?limit=1000000", "?limit=1e3",
            "?status=%zz", "?type=STATE&type=STATE", "?region=%20ASIA%20", "?kind=capital_level", "?theme=%00",
            "?meetingId=" + "x".repeat(5000), "?x=" + "y".repeat(9000), "?%00=1", "?cursor=%FF%FE", "?page=-5"};
    private static final String[][] HOSTILE_HEADERS = {{"If-Match", "garbage"}, {"If-Match", "W/\"1\""},
            {"If-Match", "\"99999999999999999999\""}, {"If-Match", "\"-1\""}, {"If-Match", "\"1\", \"2\""},
            {"Idempotency-Key", "k".repeat(5000)}, {"Idempotency-Key", ""}, {"Idempotency-Key", "a\u0001b"},
            {"Content-Type", "text/plain"}, {"Content-Type", "application/xml"},
            {"Content-Type", "application/json; charset=ISO-8859-1"}, {"Content-Type", "multipart/form-data"},
            {"X-Correlation-Id", "c".repeat(5000)}, {"X-Correlation-Id", "a\u0007b"}, {"Accept", "application/xml"},
            {"Accept", "text/html"}, {"Transfer-Encoding", "gzip"}, {"Content-Encoding", "gzip"},
            {"Expect", "100-continue"}, {"X-Big", "b".repeat(9000)}};

    private HostileRequests() {
    }

    /** Sends {@code count} generated requests to the service on {@code port}; the caller asserts on the figures. */
    public static Figures run(int port, MongoDatabase database, long seed, int count, List<Endpoint> endpoints) {
        Random random = new Random(seed);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        Supplier<String> fingerprint = () -> fingerprint(database);
        for (int i = 0; i < count; i++) {
            Endpoint endpoint = endpoints.get(random.nextInt(endpoints.size()));
            Request request = mutate(endpoint, random);
            String before = fingerprint.get();
            RawHttp.Answer answer;
            try {
                answer = RawHttp.send(port, request.lines(), request.body());
            } catch (RuntimeException e) {
                violations.add("#" + i + " " + request.describe() + ": no answer (" + e.getMessage() + ")");
                continue;
            }
            byStatus.merge(answer.status(), 1, Integer::sum);
            check(i, request, answer, before, fingerprint, violations);
        }
        return new Figures(seed, count, byStatus, violations);
    }

    private static void check(int i, Request request, RawHttp.Answer answer, String before, Supplier<String> after,
                              List<String> violations) {
        String where = "#" + i + " " + request.describe() + " → " + answer.status();
        if (answer.status() >= 500) {
            violations.add(where + ": a server error: " + abbreviate(answer.body()));
            return;
        }
        if (answer.status() < 400) {
            return;
        }
        String contentType = answer.header("content-type");
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            violations.add(where + ": not problem+json but " + contentType + ": " + abbreviate(answer.body()));
        } else {
            try {
                JsonNode problem = JSON.readTree(answer.body());
                if (!problem.path("type").asString("").startsWith("urn:wps:problem:")
                        || problem.path("status").asInt() != answer.status()) {
                    violations.add(where + ": problem without our type or status: " + abbreviate(answer.body()));
                }
                if (answer.body().contains("\tat ") || answer.body().contains("Exception")) {
                    violations.add(where + ": a stack trace or exception name in the answer");
                }
            } catch (RuntimeException e) {
                violations.add(where + ": unreadable problem: " + abbreviate(answer.body()));
            }
        }
        if (!before.equals(after.get())) {
            violations.add(where + ": the database changed although the request was refused");
        }
    }

    /** Counts and summed versions of every collection: changes whenever something is stored or changed. */
    private static String fingerprint(MongoDatabase database) {
        StringBuilder print = new StringBuilder();
        for (String name : new java.util.TreeSet<>(database.listCollectionNames().into(new ArrayList<>()))) {
            Document sums = database.getCollection(name).aggregate(List.of(Aggregates.group(null,
                    Accumulators.sum("n", 1), Accumulators.sum("v", "$version")))).first();
            print.append(name).append('=').append(sums == null ? "0" : sums.get("n") + "/" + sums.get("v")).append(';');
        }
        return print.toString();
    }

    private record Request(String method, String target, List<String[]> headers, String body, List<String> mutations) {

        List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(method + " " + target + " HTTP/1.1");
            lines.add("Host: localhost");
            lines.add("Connection: close");
            // Signed in with every role, so the requests reach the validation they probe (sign-in has its own tests).
            lines.add("Authorization: Bearer " + TestTokens.operator());
            boolean contentType = headers.stream().anyMatch(h -> h[0].equalsIgnoreCase("Content-Type"));
            if (body != null && !contentType) {
                lines.add("Content-Type: application/json");
            }
            if (body != null) {
                lines.add("Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length);
            }
            for (String[] header : headers) {
                lines.add(header[0] + ": " + header[1]);
            }
            return lines;
        }

        String describe() {
            return method + " " + abbreviate(target) + " " + mutations;
        }
    }

    private static Request mutate(Endpoint endpoint, Random random) {
        String target = endpoint.path();
        String body = endpoint.body();
        List<String[]> headers = new ArrayList<>();
        if (endpoint.ifMatch() != null) {
            headers.add(new String[] {"If-Match", endpoint.ifMatch()});
        }
        List<String> mutations = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int m = 0; m < count; m++) {
            int kind = random.nextInt(body == null ? 6 : 10);
            switch (kind) {
                case 0, 1 -> {
                    String[] segments = target.split("\\?", 2)[0].split("/");
                    int at = 1 + random.nextInt(segments.length - 1);
                    String hostile = pick(HOSTILE_SEGMENTS, random);
                    segments[at] = random.nextBoolean() ? hostile : segments[at] + hostile;
                    target = String.join("/", segments);
                    mutations.add("path[" + at + "]=" + abbreviate(hostile));
                }
                case 2 -> {
                    String query = pick(HOSTILE_QUERIES, random);
                    target = target.contains("?") ? target + "&" + query.substring(1) : target + query;
                    mutations.add("query " + abbreviate(query));
                }
                case 3, 4 -> {
                    String[] header = pick(HOSTILE_HEADERS, random);
                    headers.removeIf(h -> h[0].equalsIgnoreCase(header[0]));
                    headers.add(header);
                    mutations.add("header " + header[0] + "=" + abbreviate(header[1]));
                }
                case 5 -> {
                    headers.removeIf(h -> h[0].equalsIgnoreCase("If-Match"));
                    mutations.add("no If-Match");
                }
                default -> {
                    String before = body;
                    body = mutateBody(body, random, mutations);
                    if (body == null) {
                        body = before;
                    }
                }
            }
        }
        return new Request(endpoint.method(), target, headers, body, mutations);
    }

    private static String mutateBody(String body, Random random, List<String> mutations) {
        int kind = random.nextInt(10);
        if (kind == 0) {
            int cut = random.nextInt(Math.max(1, body.length()));
            mutations.add("body cut at " + cut);
            return body.substring(0, cut);
        }
        if (kind == 1) {
            mutations.add("body nested 3000 deep");
            return "[".repeat(3000) + "]".repeat(3000);
        }
        if (kind == 2) {
            int brace = body.indexOf('{');
            int colon = body.indexOf(':', brace);
            int comma = body.indexOf(',', colon);
            if (brace < 0 || comma < 0) {
                return null;
            }
            mutations.add("first key repeated");
            return body.substring(0, comma + 1) + body.substring(brace + 1, comma + 1) + body.substring(comma + 1);
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
        List<JsonNode[]> slots = new ArrayList<>();
        collect(tree, slots);
        if (slots.isEmpty()) {
            return null;
        }
        JsonNode[] slot = slots.get(random.nextInt(slots.size()));
        String raw;
        String description;
        switch (kind) {
            case 3, 4 -> {
                raw = pick(HOSTILE_NUMBERS, random);
                description = raw;
            }
            case 5, 6, 7 -> {
                String text = pick(HOSTILE_TEXTS, random);
                raw = JSON.writeValueAsString(text);
                description = abbreviate(raw);
            }
            case 8 -> {
                raw = pick(new String[] {"null", "[]", "{}", "true", "[2025,1,1]", "{\"$numberDecimal\":\"1\"}",
                        "\"" + "x".repeat(200_000) + "\""}, random);
                description = abbreviate(raw);
            }
            default -> {
                if (slot[0] instanceof ObjectNode object) {
                    if (random.nextBoolean()) {
                        object.remove(slot[2].asString());
                        mutations.add("dropped " + slot[2].asString());
                    } else {
                        object.put("unexpected" + random.nextInt(10), 1);
                        mutations.add("unknown field added");
                    }
                    return JSON.writeValueAsString(tree);
                }
                return null;
            }
        }
        String marker = "\"__hostile_" + random.nextInt(1_000_000) + "__\"";
        replace(slot, JSON.getNodeFactory().stringNode(marker.substring(1, marker.length() - 1)));
        mutations.add((slot[2] == null ? "value" : slot[2].asString()) + "=" + description);
        return JSON.writeValueAsString(tree).replace(marker, raw);
    }

    /** Every value in the tree as {parent, value, name-or-index}. */
    private static void collect(JsonNode node, List<JsonNode[]> slots) {
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames()) {
                slots.add(new JsonNode[] {object, object.get(name), JSON.getNodeFactory().stringNode(name)});
                collect(object.get(name), slots);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                slots.add(new JsonNode[] {array, array.get(i), JSON.getNodeFactory().numberNode(i)});
                collect(array.get(i), slots);
            }
        }
    }

    private static void replace(JsonNode[] slot, JsonNode value) {
        if (slot[0] instanceof ObjectNode object) {
            object.set(slot[2].asString(), value);
        } else if (slot[0] instanceof ArrayNode array) {
            array.set(slot[2].asInt(), value);
        }
    }

    private static <T> T pick(T[] options, Random random) {
        return options[random.nextInt(options.length)];
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "null";
        }
        String visible = text.replaceAll("\\p{Cntrl}", "?");
        return visible.length() <= 80 ? visible : visible.substring(0, 77) + "...";
    }
}
