package org.wpsnetwork.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.HostileInputTest;
import org.wpsnetwork.testsupport.HostileRequests.Endpoint;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;

import java.time.Duration;
import java.util.List;

/** Fault test R6 for reporting-service: generated hostile requests over every endpoint (see {@code HostileRequests}). */
@ServiceIntegrationTest
@TestPropertySource(properties = "wps.test.isolated-context=probes")
class HostileInputIT extends HostileInputTest {

    @Test
    void noGeneratedRequestGetsAServerErrorAndNoRefusedOneStoresAnything() {
        try (EventPublisher members = new EventPublisher(service.kafkaBootstrapServers(),
                service.topic(Topics.MEMBERSHIP))) {
            members.publish(new MembershipHistory("ARG", "Argentina", MemberType.STATE, Region.AMERICAS).admitted());
        }
        service.http().awaitJson("/api/v1/reports/members/ARG/timeline", Duration.ofSeconds(20),
                timeline -> timeline.path("events").size() == 1);
        List<Endpoint> endpoints = List.of(
                Endpoint.of("GET", "/api/v1/reports/members?type=STATE&status=ACTIVE&region=AMERICAS", null),
                Endpoint.of("GET", "/api/v1/reports/members/ARG", null),
                Endpoint.of("GET", "/api/v1/reports/members/ARG/timeline?limit=20", null),
                Endpoint.of("GET", "/api/v1/reports/network", null),
                Endpoint.of("GET", "/api/v1/reports/recommendations?theme=PARTICIPATION&meetingId=geneva-2022", null),
                Endpoint.of("GET", "/api/v1/admin/unreadable-records", null));

        noRequestBreaks("reporting-service", 250, endpoints);
    }
}
