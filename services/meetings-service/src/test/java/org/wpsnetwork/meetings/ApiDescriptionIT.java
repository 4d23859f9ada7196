package org.wpsnetwork.meetings;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI description generated from the code covers the meetings section of the contract. */
@ServiceIntegrationTest
class ApiDescriptionIT {

    @Autowired
    ServiceUnderTest service;

    @Test
    void theOpenApiDescriptionCoversTheMeetingsContract() {
        JsonNode paths = service.http().get("/v3/api-docs").json().path("paths");

        assertThat(paths.path("/api/v1/meetings").has("post")).isTrue();
        assertThat(paths.path("/api/v1/meetings").has("get")).isTrue();
        assertThat(paths.path("/api/v1/meetings/{id}").has("get")).isTrue();
        assertThat(paths.path("/api/v1/meetings/{id}/attendance").has("put")).isTrue();
        assertThat(paths.path("/api/v1/meetings/{id}/recommendations").has("post")).isTrue();
        assertThat(paths.path("/api/v1/meetings/{id}/communique").has("post")).isTrue();
        assertThat(paths.path("/api/v1/recommendations").has("get")).isTrue();
        assertThat(paths.path("/api/v1/meetings/{id}/attendance").path("put").path("responses").has("428")).isTrue();
        assertThat(service.http().get("/swagger-ui/index.html").status()).isEqualTo(200);
    }
}
