package org.wpsnetwork.membership;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.testsupport.PublishedEvents;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event the broker can never accept (here: larger than the producer may send) is parked: it holds back only
 * its own member, whose later events wait behind it in order, while every other member's events flow. The
 * operator sees it in the admin endpoint, the health and the metrics.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"wps.test.isolated-context=parked-event",
        "spring.kafka.producer.properties.max.request.size=1000"})
class ParkedEventIT {

    @Autowired
    ServiceUnderTest service;

    @Test
    void anEventTheBrokerCannotAcceptHoldsBackOnlyItsOwnMember() {
        MembershipApi api = new MembershipApi(service.http());
        try (PublishedEvents published = new PublishedEvents(service.kafkaBootstrapServers(), service.topic(Topics.MEMBERSHIP))) {
            String kenya = api.admitted("KEN", "Kenya", "AFRICA");
            assertThat(published.forKey("KEN", all -> all.size() == 1, Duration.ofSeconds(15))).hasSize(1);
            String longText = "x".repeat(190);
            assertThat(service.http().put("/api/v1/members/KEN/focal-point", """
                    {"name":"%s","title":"%s","institution":"%s","email":"%s@example.org","appointedOn":"2024-02-01"}"""
                    .formatted(longText, longText, longText + "y".repeat(110), "focal.point"), "If-Match", kenya).status())
                    .isEqualTo(200);
            assertThat(service.http().patch("/api/v1/members/KEN", "{\"name\":\"Republic of Kenya\"}", "If-Match",
                    api.etagOf("KEN")).status()).isEqualTo(200);
            api.admitted("UGA", "Uganda", "AFRICA");

            assertThat(published.forKey("UGA", all -> all.size() == 1, Duration.ofSeconds(15))).hasSize(1);
            List<EventEnvelope<?>> kenyaEvents = published.forKeyDuring("KEN", Duration.ofSeconds(2));
            JsonNode parked = service.http().get("/api/v1/admin/outbox/parked").json().path("parked");
            System.out.printf("Parked event: %d of Kenya's 3 events published, %d aggregate parked (%s); Uganda's "
                    + "event published%n", kenyaEvents.size(), parked.size(), parked.path(0).path("reason").asString());

            assertThat(kenyaEvents).extracting(EventEnvelope::eventType).containsExactly("MemberAdmitted");
            assertThat(parked.size()).isEqualTo(1);
            assertThat(parked.path(0).path("aggregateId").asString()).isEqualTo("KEN");
            assertThat(parked.path(0).path("eventType").asString()).isEqualTo("FocalPointAppointed");
            assertThat(parked.path(0).path("reason").asString()).startsWith("RecordTooLargeException");
            assertThat(service.http().get("/actuator/health/messaging").status()).isEqualTo(503);
            assertThat(service.http().get("/actuator/prometheus").body()).containsPattern("wps_outbox_parked\\{[^}]*} 1.0");
            assertThat(api.http.get("/api/v1/members/KEN").json().path("name").asString())
                    .as("the change itself is kept").isEqualTo("Republic of Kenya");
        }
    }
}
