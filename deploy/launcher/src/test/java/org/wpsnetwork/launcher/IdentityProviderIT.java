package org.wpsnetwork.launcher;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.wpsnetwork.testsupport.FreePorts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default's identity provider: the real Keycloak from its Maven Central distribution, started the
 * way the launcher starts it, with the wps realm. Tokens carry the realm roles, the member code of focal points
 * and the services' audience; the tools client gets secretariat tokens by client credentials.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityProviderIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dataDir;
    private EmbeddedKeycloak keycloak;
    private long pid;

    @BeforeAll
    void start() throws IOException, InterruptedException {
        Path logs = Files.createDirectories(dataDir.resolve("logs"));
        Path distribution = Path.of(System.getProperty("wps.services.dir")).resolveSibling("identity")
                .resolve("keycloak-quarkus-dist.zip");
        keycloak = EmbeddedKeycloak.start(distribution, dataDir.resolve("identity"), FreePorts.take(),
                logs.resolve("keycloak.log"));
        Duration took = keycloak.awaitReady(Duration.ofMinutes(4));
        pid = keycloak.pid();
        System.out.printf("Keycloak ready (realm wps imported) in %.1f s, RSS %d MiB%n", took.toMillis() / 1000.0,
                rssMiB(pid));
    }

    @AfterAll
    void stop() {
        if (keycloak != null) {
            keycloak.close();
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("no process left").isFalse();
        }
    }

    @Test
    void aFocalPointsTokenCarriesTheirRoleTheirMemberCodeAndTheServicesAudience() throws Exception {
        JsonNode claims = claims(token(Map.of("grant_type", "password", "client_id", "wps-cli",
                "username", "focal.arg", "password", EmbeddedKeycloak.DEVELOPMENT_PASSWORD)));

        assertThat(claims.path("iss").asString()).isEqualTo(keycloak.issuer());
        assertThat(claims.path("member_code").asString()).isEqualTo("ARG");
        assertThat(roles(claims)).contains("focal-point").doesNotContain("secretariat");
        assertThat(audience(claims)).contains("wps-api");
        assertThat(claims.path("preferred_username").asString()).isEqualTo("focal.arg");
    }

    @Test
    void theSecretariatHasNoMemberCodeAndTheToolsClientActsAsTheSecretariat() throws Exception {
        JsonNode secretariat = claims(token(Map.of("grant_type", "password", "client_id", "wps-cli",
                "username", "secretariat", "password", EmbeddedKeycloak.DEVELOPMENT_PASSWORD)));
        assertThat(roles(secretariat)).contains("secretariat");
        assertThat(secretariat.has("member_code")).isFalse();

        JsonNode tools = claims(token(Map.of("grant_type", "client_credentials", "client_id", "wps-tools",
                "client_secret", "wps-tools-development-secret")));
        assertThat(roles(tools)).contains("secretariat");
        assertThat(audience(tools)).contains("wps-api");
    }

    /** Nobody may act for a member they do not represent: the member code is the administrators' to set. */
    @Test
    void aFocalPointCannotChangeTheirOwnMemberCode() throws Exception {
        Map<String, String> signIn = Map.of("grant_type", "password", "client_id", "wps-cli", "username", "focal.nor",
                "password", EmbeddedKeycloak.DEVELOPMENT_PASSWORD);
        String token = token(signIn);
        URI account = URI.create(keycloak.issuer() + "/account");
        JsonNode profile = JSON.readTree(HTTP.send(HttpRequest.newBuilder(account).header("Authorization",
                "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        ((ObjectNode) profile).putObject("attributes").putArray("member_code").add("ARG");

        HttpResponse<String> changed = HTTP.send(HttpRequest.newBuilder(account).header("Authorization",
                "Bearer " + token).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                .ofString(JSON.writeValueAsString(profile))).build(), HttpResponse.BodyHandlers.ofString());

        System.out.printf("A focal point's own change of member_code: HTTP %d%n", changed.statusCode());
        assertThat(claims(token(signIn)).path("member_code").asString()).as("still the member they represent")
                .isEqualTo("NOR");
    }

    @Test
    void aWrongPasswordGetsNoToken() throws Exception {
        HttpResponse<String> refused = post(Map.of("grant_type", "password", "client_id", "wps-cli",
                "username", "focal.arg", "password", "not-the-password"));
        assertThat(refused.statusCode()).as("RFC 6749: invalid_grant").isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("error").asString()).isEqualTo("invalid_grant");
    }

    private String token(Map<String, String> form) throws IOException, InterruptedException {
        HttpResponse<String> response = post(form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    private HttpResponse<String> post(Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.issuer() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static List<String> roles(JsonNode claims) {
        return claims.path("realm_access").path("roles").valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> audience(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        return aud.isArray() ? aud.valueStream().map(JsonNode::asString).toList() : List.of(aud.asString());
    }

    /** The resident memory of the process and what it started (kc.sh runs Keycloak's JVM). */
    private static long rssMiB(long pid) {
        return ProcessHandle.of(pid).stream().flatMap(process -> Stream.concat(Stream.of(process),
                process.descendants())).mapToLong(IdentityProviderIT::rssKiB).sum() / 1024;
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
