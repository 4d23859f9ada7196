package org.wpsnetwork.membership;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.PublishedEvents;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.StartedDuringBrokerOutage;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer started while its broker is down stays up, not ready (liveness UP), and stores changes meanwhile; when
 * the broker answers it becomes ready without a restart, provisions its topics and publishes what it stored. It
 * used to exit after 60 s.
 */
@ServiceIntegrationTest
class BrokerOutageAtStartIT {

    @Autowired
    Environment environment;

    @Test
    void aServiceStartedDuringABrokerOutageStaysUpNotReadyAndBecomesReadyWhenTheBrokerReturns() throws IOException {
        try (StartedDuringBrokerOutage service = new StartedDuringBrokerOutage(MembershipApplication.class,
                environment, "membership-outage")) {
            Http http = service.http();
            assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(503);
            assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
            assertThat(http.get("/actuator/health/broker").body()).contains("DOWN");
            assertThat(new MembershipApi(http).admitState("ISL", "Iceland", "EUROPE").status())
                    .as("changes are stored meanwhile").isEqualTo(201);

            long readyMs = service.brokerReturns();

            try (PublishedEvents published = new PublishedEvents(service.realBroker(),
                    service.topic(Topics.MEMBERSHIP))) {
                assertThat(published.forKey("ISL", events -> !events.isEmpty(), Duration.ofSeconds(30)))
                        .as("what was stored during the outage is published").extracting(EventEnvelope::eventType)
                        .containsExactly("MemberAdmitted");
            }
            System.out.printf("Membership started without a broker: up (not ready, live) in %d ms, changes stored "
                    + "meanwhile; ready %d ms after the broker answered, the stored change published%n",
                    service.upMillis(), readyMs);
        }
    }
}
