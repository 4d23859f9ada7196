package org.wpsnetwork.meetings;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.HostileInputTest;
import org.wpsnetwork.testsupport.HostileRequests.Endpoint;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Fault test R6 for meetings-service: generated hostile requests over every endpoint (see {@code HostileRequests}). */
@ServiceIntegrationTest
@TestPropertySource(properties = "wps.test.isolated-context=probes")
class HostileInputIT extends HostileInputTest {

    @Test
    void noGeneratedRequestGetsAServerErrorAndNoRefusedOneStoresAnything() {
        Http http = service.http();
        NetworkMembers.publish(service);
        assertThat(NetworkMembers.onceMembersAreKnown(() -> http.post("/api/v1/meetings", """
                {"id":"oslo-2021","kind":"CAPITAL_LEVEL","title":"Meeting in Oslo","startDate":"2021-06-01",
                 "endDate":"2021-06-02","city":"Oslo","countryCode":"NOR","hostCodes":["DEU"]}""")).status()).isEqualTo(201);
        List<Endpoint> endpoints = List.of(
                Endpoint.of("POST", "/api/v1/meetings", """
                        {"id":"windhoek-2019","kind":"CAPITAL_LEVEL","title":"Meeting in Windhoek","startDate":"2019-03-01",
                         "endDate":"2019-03-02","city":"Windhoek","countryCode":"NAM","hostCodes":["NAM"]}"""),
                Endpoint.of("GET", "/api/v1/meetings?kind=CAPITAL_LEVEL", null),
                Endpoint.of("GET", "/api/v1/meetings/oslo-2021", null),
                Endpoint.of("PUT", "/api/v1/meetings/oslo-2021/attendance", "{\"memberCodes\":[\"DEU\",\"ESP\"]}")
                        .withIfMatch("\"1\""),
                Endpoint.of("POST", "/api/v1/meetings/oslo-2021/recommendations", """
                        {"id":"oslo-2021-1","theme":"PARTICIPATION","addressee":"ALL_MEMBERS",
                         "summary":"Include women in every negotiation team.","paragraphRef":"1."}""").withIfMatch("\"1\""),
                Endpoint.of("POST", "/api/v1/meetings/oslo-2021/communique", "{\"adoptedOn\":\"2021-06-02\"}")
                        .withIfMatch("\"1\""),
                Endpoint.of("GET", "/api/v1/recommendations?theme=PARTICIPATION&meetingId=oslo-2021", null),
                Endpoint.of("GET", "/api/v1/recommendations/oslo-2021-1", null));

        noRequestBreaks("meetings-service", 350, endpoints);
    }
}
