package org.wpsnetwork.reporting;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.kit.security.AccessMatrixTest;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.TestTokens;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may read which view in reporting-service: the matrix of its access rules; a member's view shows its focal
 * point's e-mail only to the secretariat and the member's own focal points.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "wps.test.isolated-context=probes")
class AccessMatrixIT extends AccessMatrixTest {

    @Test
    void everyEndpointAnswersEveryPersonaAsTheTableSays() {
        MembershipHistory uruguay = new MembershipHistory("URY", "Uruguay", MemberType.STATE, Region.AMERICAS)
                .joinedOn(LocalDate.of(2016, 9, 23));
        MembershipHistory sweden = new MembershipHistory("SWE", "Sweden", MemberType.STATE, Region.EUROPE)
                .joinedOn(LocalDate.of(2016, 9, 23));
        try (EventPublisher publisher = new EventPublisher(service.kafkaBootstrapServers(),
                service.topic(Topics.MEMBERSHIP))) {
            publisher.publish(uruguay.admitted(), uruguay.appointed("Lucia Silva"), sweden.admitted(),
                    sweden.appointed("Sara Lind"));
        }
        service.http().awaitJson("/api/v1/reports/members/SWE", Duration.ofSeconds(20),
                view -> view.path("focalPoint").path("name").asString().equals("Sara Lind"));
        service.http().awaitJson("/api/v1/reports/members/URY/timeline", Duration.ofSeconds(20),
                timeline -> timeline.path("events").size() == 2);
        assertThat(service.http().as(TestTokens.focalPoint("URY")).get("/api/v1/reports/members/URY").json()
                .path("focalPoint").path("email").asString()).isEqualTo("lucia.silva@example.org");

        everyAnswerIsAsTheTableSays("reporting-service", "URY", "SWE", Map.of("code", "URY",
                "collection", "member_views", "id", "URY"), Map.of("URY", "lucia.silva@example.org",
                "SWE", "sara.lind@example.org"));
    }
}
