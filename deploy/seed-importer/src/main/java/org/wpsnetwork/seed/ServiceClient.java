package org.wpsnetwork.seed;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Talks JSON to one service's public API, as any client of it would. */
public final class ServiceClient {

    static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String service;
    private final URI base;
    private final Supplier<String> accessToken;

    public ServiceClient(String service, URI base, Supplier<String> accessToken) {
        this.service = service;
        this.base = base;
        this.accessToken = accessToken;
    }

    public String service() {
        return service;
    }

    /** One answer: its status, ETag and JSON body (a problem for 4xx and 5xx). */
    public record Response(int status, String etag, JsonNode body) {

        public <T> T as(Class<T> type) {
            return JSON.treeToValue(body, type);
        }

        public String problemType() {
            return body == null ? "" : body.path("type").asString("");
        }

        /** "422 rule-violated: detail; field: message (value); …" */
        public String problem() {
            StringBuilder text = new StringBuilder().append(status);
            if (body != null && body.has("type")) {
                text.append(' ').append(problemType().replace("urn:wps:problem:", ""))
                        .append(": ").append(body.path("detail").asString(""));
                for (JsonNode error : body.path("errors")) {
                    text.append("; ").append(error.path("field").asString()).append(' ')
                            .append(error.path("message").asString());
                    if (error.has("rejectedValue")) {
                        text.append(" (").append(error.path("rejectedValue").asString()).append(')');
                    }
                }
            }
            return text.toString();
        }
    }

    /** What a service answers while it has not yet learnt, from events, of members just admitted elsewhere. */
    public static final Predicate<Response> UNKNOWN_MEMBERS = response -> response.status() == 422
            && "urn:wps:problem:unknown-members".equals(response.problemType());

    /** The response if it has the status expected; otherwise the import stops, naming what was refused and why. */
    public static Response expect(Response response, int status, ServiceClient service, String what) {
        if (response.status() != status) {
            throw new ImportRejected(service.service() + " rejected " + what + ": " + response.problem());
        }
        return response;
    }

    /**
     * Sends a request again every 250 ms, for at most {@code wait}, while its answer says the service has not yet
     * learnt (from events) of something recorded elsewhere a moment ago; {@code onFirstWait} runs once if it waits.
     */
    public static Response retryWhile(Predicate<Response> notYetKnown, Duration wait, Runnable onFirstWait,
                                      Supplier<Response> request) {
        long deadline = System.nanoTime() + wait.toNanos();
        boolean waited = false;
        while (true) {
            Response response = request.get();
            if (!notYetKnown.test(response) || System.nanoTime() > deadline) {
                return response;
            }
            if (!waited) {
                onFirstWait.run();
                waited = true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
        }
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response send(String method, String path, Object body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.header("Authorization", "Bearer " + accessToken.get());
        List<String> pairs = new ArrayList<>(List.of(headers));
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            request.header(pairs.get(i), pairs.get(i + 1));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body() == null || response.body().isBlank() ? null : JSON.readTree(response.body());
            return new Response(response.statusCode(), response.headers().firstValue("ETag").orElse(null), json);
        } catch (IOException e) {
            throw new ImportRejected("Cannot reach " + service + " at " + base + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportRejected("Interrupted while talking to " + service);
        }
    }
}
