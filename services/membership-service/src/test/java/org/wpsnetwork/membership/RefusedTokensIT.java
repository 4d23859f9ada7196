package org.wpsnetwork.membership;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import org.wpsnetwork.testsupport.TestTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens a resource server must refuse, each with 401 problem+json and a WWW-Authenticate challenge: nothing of
 * the request reaches the service, whatever the token claims.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "wps.test.isolated-context=probes")
class RefusedTokensIT {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder FROM_URL = Base64.getUrlDecoder();

    @Autowired
    ServiceUnderTest service;

    static Stream<Arguments> refused() {
        String real = TestTokens.secretariat();
        String[] parts = real.split("\\.");
        String payload = new String(FROM_URL.decode(parts[1]), StandardCharsets.UTF_8);
        String unsigned = URL.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";
        String focalPoint = TestTokens.focalPoint("NOR");
        String[] focal = focalPoint.split("\\.");
        String promoted = new String(FROM_URL.decode(focal[1]), StandardCharsets.UTF_8).replace("\"NOR\"", "\"ARG\"");
        return Stream.of(
                Arguments.of("no token at all", null),
                Arguments.of("not a token", "hello"),
                Arguments.of("alg none (unsigned)", unsigned),
                Arguments.of("a tampered payload (member code changed, signature kept)",
                        focal[0] + "." + URL.encodeToString(promoted.getBytes(StandardCharsets.UTF_8)) + "." + focal[2]),
                Arguments.of("signed by another key", TestTokens.signedByAnotherKey()),
                Arguments.of("another issuer", TestTokens.token(List.of("secretariat"), null, Duration.ofMinutes(5),
                        "https://elsewhere.example/realms/wps")),
                Arguments.of("expired", TestTokens.token(List.of("secretariat"), null, Duration.ofMinutes(-5),
                        TestTokens.ISSUER)),
                Arguments.of("issued for another API (audience)", TestTokens.forAudience("some-other-api")),
                Arguments.of("the signature of another token", parts[0] + "." + parts[1] + "." + focal[2]),
                Arguments.of("payload is not JSON", parts[0] + "." + URL.encodeToString(
                        ("not json " + payload).getBytes(StandardCharsets.UTF_8)) + "." + parts[2]));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void isRefusedWith401ProblemJson(String what, String token) {
        Http http = service.http().as(token);
        for (Http.Response response : List.of(http.get("/api/v1/members"), http.post("/api/v1/members", """
                {"code":"ATL","name":"Atlantis","type":"STATE","region":"EUROPE","joinedOn":"2020-01-01"}"""))) {
            assertThat(response.status()).as(what + ": " + response).isEqualTo(401);
            assertThat(response.header("Content-Type")).hasValueSatisfying(type ->
                    assertThat(type).startsWith("application/problem+json"));
            assertThat(response.json().path("type").asString()).isEqualTo("urn:wps:problem:unauthorized");
            assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(challenge ->
                    assertThat(challenge).startsWith("Bearer"));
        }
        assertThat(service.http().get("/api/v1/members/ATL").status()).as("nothing stored").isEqualTo(404);
    }
}
