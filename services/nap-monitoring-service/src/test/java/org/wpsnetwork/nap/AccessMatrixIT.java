package org.wpsnetwork.nap;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.kit.security.AccessMatrixTest;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.TestTokens;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what in nap-monitoring-service: the matrix of its access rules (a plan's and a report's member found
 * from the record), and the focal point's own limits shown as a user meets them.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "wps.test.isolated-context=probes")
class AccessMatrixIT extends AccessMatrixTest {

    @Test
    void everyEndpointAnswersEveryPersonaAsTheTableSays() {
        Http http = service.http();
        NapFixtures.publish(service);
        NapFixtures.adopted(http, "ARG", "arg-nap-2", 2);
        String report = NapFixtures.submitted(http, "arg-nap-2");

        everyAnswerIsAsTheTableSays("nap-monitoring-service", "ARG", "CHL", Map.of("code", "ARG",
                "planId", "arg-nap-2", "reportId", report, "collection", "progress_reports", "id", "x"), Map.of());
    }

    @Test
    void aFocalPointReportsForTheirOwnMemberOnlyAndNeverReviews() {
        Http http = service.http();
        NapFixtures.publish(service);
        NapFixtures.adopted(http, "CHL", "chl-nap-9", 1);
        Http chile = http.as(TestTokens.focalPoint("CHL"));
        Http argentina = http.as(TestTokens.focalPoint("ARG"));
        String body = NapFixtures.report("2024-01-01", "2024-12-31", "18", "LIMITED");

        assertThat(argentina.post("/api/v1/action-plans/chl-nap-9/progress-reports", body).status())
                .as("another member's plan").isEqualTo(403);
        Http.Response submitted = NapFixtures.onceReplicated(() -> chile.post(
                "/api/v1/action-plans/chl-nap-9/progress-reports", body));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(201);
        String report = "/api/v1/progress-reports/" + submitted.json().path("id").asString();
        Http.Response ownValidation = chile.post(report + "/validation", null, "If-Match", "\"1\"");
        assertThat(ownValidation.status()).as("only the secretariat validates").isEqualTo(403);
        assertThat(ownValidation.header("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(ownValidation.json().path("type").asString()).isEqualTo("urn:wps:problem:forbidden");
        assertThat(http.as(TestTokens.peerReviewer()).get(report).status()).as("peer reviewers read").isEqualTo(200);
        assertThat(http.as(TestTokens.peerReviewer()).put(report, NapFixtures.correction("2024-01-01", "2024-12-31",
                "19", "LIMITED", "mine now"), "If-Match", "\"1\"").status()).as("and write nothing").isEqualTo(403);
        assertThat(http.as(null).get(report).status()).as("nobody signed in").isEqualTo(401);
    }
}
