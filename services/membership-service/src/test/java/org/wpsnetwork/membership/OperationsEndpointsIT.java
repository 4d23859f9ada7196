package org.wpsnetwork.membership;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators and client developers read: the API description, Swagger UI, health and metrics. */
@ServiceIntegrationTest
class OperationsEndpointsIT {

    @Autowired
    ServiceUnderTest service;


    @Test
    void theOpenApiDescriptionCoversTheMembershipContract() {
        JsonNode api = service.http().get("/v3/api-docs").json();
        JsonNode paths = api.path("paths");

        assertThat(paths.path("/api/v1/members").has("post")).isTrue();
        assertThat(paths.path("/api/v1/members").has("get")).isTrue();
        assertThat(paths.path("/api/v1/members/{code}").has("patch")).isTrue();
        assertThat(paths.path("/api/v1/members/{code}/withdrawal").has("post")).isTrue();
        assertThat(paths.path("/api/v1/members/{code}/focal-point").has("put")).isTrue();
        assertThat(paths.path("/api/v1/members/{code}/focal-point").has("delete")).isTrue();
        assertThat(paths.path("/api/v1/network/roles/{year}").has("put")).isTrue();
        JsonNode patchResponses = paths.path("/api/v1/members/{code}").path("patch").path("responses");
        assertThat(patchResponses.has("412")).isTrue();
        assertThat(patchResponses.has("428")).isTrue();
        assertThat(patchResponses.path("400").path("content").has("application/problem+json")).isTrue();
        assertThat(api.path("components").path("schemas").has("Problem")).isTrue();
        assertThat(paths.path("/api/v1/members").path("get").path("parameters").findValuesAsString("name"))
                .as("every list endpoint is paged").contains("page", "limit");
        assertThat(api.path("components").path("schemas").path("AdmitMemberRequest").path("required").toString())
                .contains("code", "joinedOn");
    }

    @Test
    void swaggerUiIsServed() {
        Http http = service.http();

        Http.Response ui = http.get("/swagger-ui/index.html");

        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("Swagger UI");
    }

    @Test
    void healthReportsTheDatabaseAndThePublishingPath() {
        Http http = service.http();

        JsonNode health = http.get("/actuator/health").json();

        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("mongodb").path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("outboxRelay").path("status").asString()).isEqualTo("UP");
        assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(http.get("/actuator/health/database").status()).isEqualTo(200);
    }

    @Test
    void metricsAreExposedForPrometheus() {
        Http http = service.http();
        http.get("/api/v1/members");

        String metrics = http.get("/actuator/prometheus").body();

        assertThat(metrics).contains("http_server_requests_seconds_bucket", "wps_outbox_backlog",
                "service=\"membership-service\"");
    }
}
