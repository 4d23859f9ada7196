package org.wpsnetwork.launcher;

import org.wpsnetwork.seed.ClientCredentials;
import org.wpsnetwork.testsupport.FreePorts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One real Keycloak for every test of this JVM that needs sign-in, started the way the launcher starts it (the
 * Maven Central distribution, the wps realm with the embedded default's users) and stopped when the JVM exits.
 * Launches under test use it as their external identity provider (WPS_OIDC_ISSUER_URI), so each pays nothing for
 * sign-in after the first.
 */
final class SharedIdentityProvider {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static EmbeddedKeycloak keycloak;
    private static boolean ready;
    private static Supplier<String> tools;

    private SharedIdentityProvider() {
    }

    /** Started (once per JVM) but perhaps not ready yet: its address is known, and services find it lazily. */
    private static synchronized EmbeddedKeycloak started() {
        if (keycloak == null) {
            try {
                Path home = Files.createTempDirectory("wps-test-identity");
                Path distribution = Path.of(System.getProperty("wps.services.dir")).resolveSibling("identity")
                        .resolve("keycloak-quarkus-dist.zip");
                EmbeddedKeycloak starting = EmbeddedKeycloak.start(distribution, home, FreePorts.take(),
                        home.resolve("keycloak.log"));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    starting.close();
                    deleteTree(home);
                }, "test-identity-shutdown"));
                keycloak = starting;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keycloak;
    }

    /** The identity provider once it issues tokens. */
    static synchronized EmbeddedKeycloak ready() {
        EmbeddedKeycloak starting = started();
        if (!ready) {
            try {
                Duration took = starting.awaitReady(Duration.ofMinutes(4));
                System.out.printf("Keycloak ready (realm wps imported) in %.1f s, RSS %d MiB%n",
                        took.toMillis() / 1000.0, rssMiB(starting.pid()));
                ready = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return starting;
    }

    /** Its issuer, without waiting: a launch under test starts alongside it, as the launcher starts its own. */
    static String issuer() {
        return started().issuer();
    }

    /** The tools client's tokens (the secretariat's rights), renewed as they expire; the first one waits for it. */
    static synchronized Supplier<String> tools() {
        if (tools == null) {
            ClientCredentials credentials = ClientCredentials.tools(URI.create(issuer()));
            tools = () -> {
                ready();
                return credentials.get();
            };
        }
        return tools;
    }

    /** The environment that makes a launch use this identity provider instead of starting its own. */
    static Map<String, String> environment() {
        return Map.of("WPS_OIDC_ISSUER_URI", issuer());
    }

    /** An access token of a development user, as a script gets one (client wps-cli, password grant). */
    static String userToken(String username) {
        HttpResponse<String> response = tokenRequest(Map.of("grant_type", "password", "client_id", "wps-cli",
                "username", username, "password", EmbeddedKeycloak.DEVELOPMENT_PASSWORD));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + username + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    /**
     * Lets the portal of a launch under test (on a free port, not the realm's 8085) sign people in: its address
     * joins the wps-portal client's redirect and post-sign-out addresses, through Keycloak's admin API.
     */
    static synchronized void allowPortalAt(String origin) {
        EmbeddedKeycloak identity = ready();
        try {
            String admin = JSON.readTree(send(HttpRequest.newBuilder(URI.create(identity.url()
                    + "/realms/master/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin"
                            + "&password=" + EmbeddedKeycloak.DEVELOPMENT_PASSWORD)).build())).path("access_token")
                    .asString();
            String clients = identity.url() + "/admin/realms/" + EmbeddedKeycloak.REALM + "/clients";
            ObjectNode client = (ObjectNode) JSON.readTree(
                    send(HttpRequest.newBuilder(URI.create(clients + "?clientId=wps-portal"))
                            .header("Authorization", "Bearer " + admin).GET().build())).get(0);
            ((ArrayNode) client.get("redirectUris")).add(origin + "/*");
            ObjectNode attributes = (ObjectNode) client
                    .get("attributes");
            attributes.put("post.logout.redirect.uris", attributes.path("post.logout.redirect.uris").asString()
                    + "##" + origin + "/*");
            send(HttpRequest.newBuilder(URI.create(clients + "/" + client.get("id").asString()))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(client))).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.method() + " " + request.uri() + ": " + response.statusCode()
                    + " " + response.body());
        }
        return response.body();
    }

    /** The token endpoint's answer to {@code form}. */
    static HttpResponse<String> tokenRequest(Map<String, String> form) {
        ready();
        String body = form.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a token (not checked: the tests look at what the identity provider put in). */
    static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    /** The resident memory of the process and what it started (kc.sh runs Keycloak's JVM). */
    static long rssMiB(long pid) {
        return ProcessHandle.of(pid).stream().flatMap(process -> Stream.concat(Stream.of(process),
                process.descendants())).mapToLong(SharedIdentityProvider::rssKiB).sum() / 1024;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory: the system cleans it up if this cannot.
        }
    }

    private static long rssKiB(ProcessHandle process) {
        try {
            return Files.readAllLines(Path.of("/proc/" + process.pid() + "/status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).mapToLong(line -> Long.parseLong(
                            line.replaceAll("\\D", ""))).sum();
        } catch (IOException gone) {
            return 0;
        }
    }
}
