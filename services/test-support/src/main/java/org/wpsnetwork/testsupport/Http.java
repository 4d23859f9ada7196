package org.wpsnetwork.testsupport;

import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** A plain HTTP client for tests that talk to a service the way any client would. */
public final class Http {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Supplier<String> token;

    /** A client acting as the operator (secretariat and admin), as most tests do. */
    public Http(String baseUrl) {
        this(baseUrl, TestTokens::operator);
    }

    private Http(String baseUrl, Supplier<String> token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    /** The same service, signed in with {@code accessToken} (null: not signed in). */
    public Http as(String accessToken) {
        return signedIn(() -> accessToken);
    }

    /** The same service, signed in with a token from {@code accessTokens} on every request (e.g. a renewing one). */
    public Http signedIn(Supplier<String> accessTokens) {
        return new Http(baseUrl, accessTokens);
    }

    /** The absolute address of {@code path}, e.g. for a browser. */
    public String url(String path) {
        return baseUrl + path;
    }

    public Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    public Response post(String path, String body, String... headers) {
        return send("POST", path, body, headers);
    }

    public Response put(String path, String body, String... headers) {
        return send("PUT", path, body, headers);
    }

    public Response patch(String path, String body, String... headers) {
        return send("PATCH", path, body, headers);
    }

    public Response delete(String path, String... headers) {
        return send("DELETE", path, null, headers);
    }

    /**
     * The JSON at {@code path} once it is there (200) and meets {@code condition}: views are built from events, a
     * moment after the write, and from several topics that arrive independently.
     */
    public JsonNode awaitJson(String path, Duration atMost, Predicate<JsonNode> condition) {
        return Awaitility.await().atMost(atMost).pollInterval(Duration.ofMillis(50)).until(() -> {
            Response response = get(path);
            return response.status() == 200 ? response.json() : null;
        }, json -> json != null && condition.test(json));
    }

    /**
     * @param headers name, value, name, value…
     */
    public Response send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return exchange(request, headers, HttpResponse.BodyHandlers.ofString(), method + " " + path,
                response -> new Response(response.statusCode(), response.headers().map(), response.body()));
    }

    /** Sends {@code request} with {@code headers} and this client's token (unless an Authorization header is given). */
    private <B, R> R exchange(HttpRequest.Builder request, String[] headers, HttpResponse.BodyHandler<B> handler,
                              String what, Function<HttpResponse<B>, R> answer) {
        boolean signed = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            signed |= headers[i].equalsIgnoreCase("Authorization");
            if (!headers[i + 1].isEmpty()) {
                request.header(headers[i], headers[i + 1]);
            }
        }
        String accessToken = signed ? null : token.get();
        if (accessToken != null) {
            // An "Authorization" header passed in wins; pass "Authorization", "" for none.
            request.header("Authorization", "Bearer " + accessToken);
        }
        try {
            return answer.apply(client.send(request.build(), handler));
        } catch (IOException e) {
            throw new UncheckedIOException(what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A multipart/form-data POST: text {@code fields} and one file part named {@code file}.
     *
     * @param headers name, value, name, value…
     */
    public Response postFile(String path, Map<String, String> fields, String filename, byte[] content,
                             String... headers) {
        String boundary = "wps-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary);
        return exchange(request, headers, HttpResponse.BodyHandlers.ofString(), "POST " + path,
                response -> new Response(response.statusCode(), response.headers().map(), response.body()));
    }

    /** A GET whose body is bytes (a downloaded document), with its status. */
    public BytesResponse getBytes(String path, String... headers) {
        return exchange(HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).GET(),
                headers, HttpResponse.BodyHandlers.ofByteArray(), "GET " + path,
                response -> new BytesResponse(response.statusCode(), response.headers().map(), response.body()));
    }

    /** Status, headers and bytes of one response. */
    public record BytesResponse(int status, Map<String, List<String>> headers, byte[] body) {
    }

    /** Status, headers and body of one response. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
