package org.wpsnetwork.membership;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.testsupport.HostileInputTest;
import org.wpsnetwork.testsupport.HostileRequests.Endpoint;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;

import java.util.List;

/** Fault test R6 for membership-service: generated hostile requests over every endpoint (see {@code HostileRequests}). */
@ServiceIntegrationTest
@TestPropertySource(properties = "wps.test.isolated-context=probes")
class HostileInputIT extends HostileInputTest {

    @Test
    void noGeneratedRequestGetsAServerErrorAndNoRefusedOneStoresAnything() {
        MembershipApi api = new MembershipApi(service.http());
        String germany = api.admitted("DEU", "Germany", "EUROPE");
        List<Endpoint> endpoints = List.of(
                Endpoint.of("POST", "/api/v1/members",
                        "{\"code\":\"DNK\",\"name\":\"Denmark\",\"type\":\"STATE\",\"region\":\"EUROPE\",\"joinedOn\":\"2016-09-23\"}"),
                Endpoint.of("GET", "/api/v1/members?type=STATE&status=ACTIVE&region=EUROPE", null),
                Endpoint.of("GET", "/api/v1/members/DEU", null),
                Endpoint.of("PATCH", "/api/v1/members/DEU", "{\"name\":\"Federal Republic of Germany\"}").withIfMatch(germany),
                Endpoint.of("POST", "/api/v1/members/DEU/withdrawal", "{\"effectiveOn\":\"2025-01-01\"}").withIfMatch(germany),
                Endpoint.of("PUT", "/api/v1/members/DEU/focal-point", "{\"name\":\"Mette Holm\",\"title\":\"Director\","
                        + "\"institution\":\"Ministry of Foreign Affairs\",\"email\":\"mh@example.de\","
                        + "\"appointedOn\":\"2024-01-10\"}").withIfMatch(germany),
                Endpoint.of("DELETE", "/api/v1/members/DEU/focal-point", null).withIfMatch(germany),
                Endpoint.of("GET", "/api/v1/network/roles", null),
                Endpoint.of("GET", "/api/v1/network/roles/2023", null),
                Endpoint.of("PUT", "/api/v1/network/roles/2023",
                        "{\"assignments\":[{\"memberCode\":\"DEU\",\"role\":\"CHAIR\"}]}").withIfMatch("\"0\""));

        noRequestBreaks("membership-service", 400, endpoints);
    }
}
