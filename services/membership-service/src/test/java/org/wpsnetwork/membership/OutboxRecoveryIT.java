package org.wpsnetwork.membership;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.kit.outbox.OutboxRelay;
import org.wpsnetwork.testsupport.PublishedEvents;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A change accepted while events cannot be published is stored, and published once publishing works again. */
@ServiceIntegrationTest
class OutboxRecoveryIT {

    @Autowired
    ServiceUnderTest service;

    @Autowired
    OutboxRelay relay;

    @Test
    void anEventStoredWhilePublishingIsDownArrivesOnceItIsBack() {
        MembershipApi api = new MembershipApi(service.http());
        try (PublishedEvents published = new PublishedEvents(service.kafkaBootstrapServers(), service.topic(Topics.MEMBERSHIP))) {
            relay.stop();
            try {
                assertThat(api.admitState("JPN", "Japan", "ASIA").status()).isEqualTo(201);

                assertThat(published.forKeyDuring("JPN", Duration.ofSeconds(2))).isEmpty();
                assertThat(relay.backlog()).isEqualTo(1);
                assertThat(api.http.get("/actuator/prometheus").body()).contains("wps_outbox_backlog");
            } finally {
                relay.start();
            }

            List<EventEnvelope<?>> events = published.forKey("JPN", all -> !all.isEmpty(), Duration.ofSeconds(15));
            assertThat(events).extracting(EventEnvelope::eventType).containsExactly("MemberAdmitted");
            assertThat(published.forKeyDuring("JPN", Duration.ofSeconds(1))).hasSize(1);
            assertThat(relay.backlog()).isZero();
        }
    }
}
