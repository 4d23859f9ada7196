package org.wpsnetwork.seed;

import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Access tokens of a tools client (the OAuth2 client credentials grant): the importer, the demo-data generator and
 * the benchmarks sign in this way and are authorised like the secretariat. The token endpoint is discovered from
 * the issuer; a token is reused until a minute before it expires.
 */
public final class ClientCredentials implements Supplier<String> {

    /** The tools client of the wps realm (deploy/identity/wps-realm.json). */
    public static final String TOOLS_CLIENT = "wps-tools";
    /** Its secret in the realm file; a real deployment sets its own (WPS_TOOLS_CLIENT_SECRET). */
    public static final String DEVELOPMENT_SECRET = "wps-tools-development-secret";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);

    private final URI issuer;
    private final String clientId;
    private final Map<String, String> grant;
    private URI tokenEndpoint;
    private String token;
    private Instant renewAt = Instant.MIN;

    public ClientCredentials(URI issuer, String clientId, String clientSecret) {
        this(issuer, clientId, Map.of("grant_type", "client_credentials", "client_id", clientId,
                "client_secret", clientSecret));
    }

    private ClientCredentials(URI issuer, String clientId, Map<String, String> grant) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.grant = grant;
    }

    /** A user's tokens through a public client that allows the password grant (the embedded default's wps-cli). */
    public static ClientCredentials user(URI issuer, String clientId, String username, String password) {
        return new ClientCredentials(issuer, username + " at " + clientId, Map.of("grant_type", "password",
                "client_id", clientId, "username", username, "password", password));
    }

    /** The tools client at {@code issuer}, with the secret from WPS_TOOLS_CLIENT_SECRET or the development one. */
    public static ClientCredentials tools(URI issuer) {
        String secret = System.getenv("WPS_TOOLS_CLIENT_SECRET");
        return new ClientCredentials(issuer, TOOLS_CLIENT, secret == null || secret.isBlank() ? DEVELOPMENT_SECRET
                : secret);
    }

    @Override
    public synchronized String get() {
        if (token == null || Instant.now().isAfter(renewAt)) {
            JsonNode granted = call(HttpRequest.newBuilder(tokenEndpoint())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(grant))), "a token for " + clientId);
            token = granted.path("access_token").asString();
            renewAt = Instant.now().plusSeconds(granted.path("expires_in").asLong(60)).minus(RENEW_BEFORE_EXPIRY);
        }
        return token;
    }

    private URI tokenEndpoint() {
        if (tokenEndpoint == null) {
            JsonNode configuration = call(HttpRequest.newBuilder(URI.create(issuer.toString().replaceAll("/$", "")
                    + "/.well-known/openid-configuration")).GET(), "the identity provider's configuration");
            tokenEndpoint = URI.create(configuration.path("token_endpoint").asString());
        }
        return tokenEndpoint;
    }

    private JsonNode call(HttpRequest.Builder request, String what) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new ImportRejected("The identity provider at " + issuer + " refused " + what + ": "
                        + response.statusCode() + " " + response.body());
            }
            return ServiceClient.JSON.readTree(response.body());
        } catch (IOException e) {
            throw new ImportRejected("Cannot reach the identity provider at " + issuer + " (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportRejected("Interrupted while signing in at " + issuer);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
