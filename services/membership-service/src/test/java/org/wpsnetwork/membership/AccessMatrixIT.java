package org.wpsnetwork.membership;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.kit.security.AccessMatrixTest;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.TestTokens;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what in membership-service: the matrix of its access rules, and who sees focal points' e-mail. */
@ServiceIntegrationTest
@TestPropertySource(properties = "wps.test.isolated-context=probes")
class AccessMatrixIT extends AccessMatrixTest {

    private static final Map<String, String> EMAILS = Map.of("ARG", "ana.perez@cancilleria.example",
            "NOR", "nora.berg@mfa.example");

    @Test
    void everyEndpointAnswersEveryPersonaAsTheTableSays() {
        MembershipApi api = new MembershipApi(service.http());
        EMAILS.forEach((code, email) -> assertThat(api.appoint(code, api.admitted(code, "Member " + code,
                code.equals("ARG") ? "AMERICAS" : "EUROPE"), "Focal point of " + code, email).status()).isEqualTo(200));

        everyAnswerIsAsTheTableSays("membership-service", "ARG", "NOR",
                Map.of("code", "ARG", "year", "2024", "collection", "members", "id", "ARG"), EMAILS);
    }

    @Test
    void aFocalPointSeesTheirOwnMembersFocalPointEmailButNotAnotherMembers() {
        MembershipApi api = new MembershipApi(service.http());
        assertThat(api.appoint("CHL", api.admitted("CHL", "Chile", "AMERICAS"), "Camila Rojas",
                "camila.rojas@minrel.example").status()).isEqualTo(200);
        Http http = service.http();

        assertThat(http.as(TestTokens.focalPoint("CHL")).get("/api/v1/members/CHL").json().path("focalPoint")
                .path("email").asString()).isEqualTo("camila.rojas@minrel.example");
        assertThat(http.as(TestTokens.focalPoint("NOR")).get("/api/v1/members/CHL").json().path("focalPoint")
                .path("email").isNull()).as("another member's focal point: no e-mail").isTrue();
        assertThat(http.as(TestTokens.peerReviewer()).get("/api/v1/members").body())
                .doesNotContain("camila.rojas@minrel.example");
        assertThat(http.as(TestTokens.secretariat()).get("/api/v1/members/CHL").json().path("focalPoint")
                .path("email").asString()).isEqualTo("camila.rojas@minrel.example");
        assertThat(http.as(TestTokens.focalPoint("NOR")).get("/api/v1/members/CHL").json().path("focalPoint")
                .path("name").asString()).as("the name stays public").isEqualTo("Camila Rojas");
    }
}
