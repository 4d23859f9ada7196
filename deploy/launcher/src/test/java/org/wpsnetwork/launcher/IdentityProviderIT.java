package org.wpsnetwork.launcher;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default's identity provider: the real Keycloak from its Maven Central distribution, started the
 * way the launcher starts it, with the wps realm. Tokens carry the realm roles, the member code of focal points
 * and the services' audience; the tools client gets secretariat tokens by client credentials.
 */
class IdentityProviderIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EmbeddedKeycloak keycloak = SharedIdentityProvider.ready();

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
        assertThat(tools.path("name").asString()).as("what its changes are attributed to").isEqualTo("WPS tools");
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

    /**
     * The sign-in the web portal makes, step by step over HTTP: the authorization request of its confidential
     * client wps-portal with a PKCE challenge, Keycloak's login form, the redirect back with a code, and the code
     * exchanged for a token with the verifier and the client's secret (over the back channel, never in a browser).
     */
    @Test
    void thePortalSignsInWithTheAuthorizationCodeAndPkce() throws Exception {
        String verifier = "a-verifier-of-at-least-forty-three-characters-0123456789";
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.UTF_8)));
        String redirect = "http://localhost:8085/login/oauth2/code/wps";
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.issuer()
                + "/protocol/openid-connect/auth?client_id=wps-portal&response_type=code&scope=openid"
                + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8) + "&code_challenge="
                + challenge + "&code_challenge_method=S256")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as("the login page").isEqualTo(200);
        Matcher action = Pattern.compile("action=\"([^\"]+)\"").matcher(login.body());
        assertThat(action.find()).as("a login form").isTrue();

        // The login form's session lives in its cookies, sent back as a browser would.
        String cookies = login.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";", 2)[0])
                .collect(Collectors.joining("; "));
        HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(action.group(1)
                .replace("&amp;", "&"))).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString("username=secretariat&password="
                        + EmbeddedKeycloak.DEVELOPMENT_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).as("back to the portal").isEqualTo(302);
        String location = signedIn.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(redirect + "?");
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
        assertThat(code.find()).isTrue();

        HttpResponse<String> token = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak.issuer()
                        + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=wps-portal"
                        + "&client_secret=wps-portal-development-secret"
                        + "&code=" + code.group(1) + "&redirect_uri=" + URLEncoder.encode(redirect, StandardCharsets.UTF_8)
                        + "&code_verifier=" + verifier)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
        JsonNode claims = claims(JSON.readTree(token.body()).path("access_token").asString());
        assertThat(roles(claims)).contains("secretariat");
        assertThat(audience(claims)).contains("wps-api");
    }

    @Test
    void aWrongPasswordGetsNoToken() throws Exception {
        HttpResponse<String> refused = post(Map.of("grant_type", "password", "client_id", "wps-cli",
                "username", "focal.arg", "password", "not-the-password"));
        assertThat(refused.statusCode()).as("RFC 6749: invalid_grant").isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("error").asString()).isEqualTo("invalid_grant");
    }

    private static String token(Map<String, String> form) {
        HttpResponse<String> response = post(form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    private static HttpResponse<String> post(Map<String, String> form) {
        return SharedIdentityProvider.tokenRequest(form);
    }

    private static JsonNode claims(String jwt) {
        return SharedIdentityProvider.claims(jwt);
    }

    private static List<String> roles(JsonNode claims) {
        return claims.path("realm_access").path("roles").valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> audience(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        return aud.isArray() ? aud.valueStream().map(JsonNode::asString).toList() : List.of(aud.asString());
    }
}
