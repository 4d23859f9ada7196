package org.wpsnetwork.benchmarks;

import org.wpsnetwork.seed.ClientCredentials;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The few HTTP calls the benchmarks make, as any client of the public API would. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    /** The tools client's tokens; set once by {@link #signInAt} before any request. */
    private static volatile Supplier<String> accessToken = () -> {
        throw new IllegalStateException("Sign in first (Http.signInAt)");
    };

    private Http() {
    }

    /** Every request from now on signs in as the tools client of the identity provider {@code issuer}. */
    static void signInAt(String issuer) {
        accessToken = ClientCredentials.tools(URI.create(issuer));
    }

    /** The tools client's current access token. */
    static String token() {
        return accessToken.get();
    }

    /** Sends a request, signed in; {@code headers} are name, value pairs. */
    static HttpResponse<String> send(String method, String url, String body, String... headers) {
        return sendAs(accessToken, method, url, body, headers);
    }

    /** The same, signed in with {@code token}'s tokens. */
    static HttpResponse<String> sendAs(Supplier<String> token, String method, String url, String body,
                                       String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.header("Authorization", "Bearer " + token.get());
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during " + method + " " + url, e);
        }
    }

    static HttpResponse<String> require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Expected " + status + " from " + response.request().method() + " "
                    + response.request().uri() + " but got " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** Polls a view every 0.5 ms until it answers 200 with what is looked for; fails after 30 s. */
    static void awaitView(String url, Predicate<JsonNode> shows) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = send("GET", url, null);
            if (response.statusCode() == 200 && shows.test(JSON.readTree(response.body()))) {
                return;
            }
            try {
                Thread.sleep(0, 500_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + url, e);
            }
        }
        throw new IllegalStateException(url + " did not show the change within 30 s");
    }

    /** A number as upper-case letters, least significant first, for member codes (which allow only letters). */
    static String letters(long n, int length) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append((char) ('A' + n % 26));
            n /= 26;
        }
        return letters.toString();
    }
}
