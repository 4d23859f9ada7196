package org.wpsnetwork.nap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.StartedDuringBrokerOutage;

import java.io.IOException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A service that consumes (its member and meeting replicas) started while the broker is down stays up and not
 * ready, and once the broker answers becomes ready without a restart and its consumers start: a member admitted
 * then is known to it, so the member's plan can be recorded.
 */
@ServiceIntegrationTest
class BrokerOutageAtStartIT {

    @Autowired
    Environment environment;

    @Test
    void aConsumingServiceStartedDuringABrokerOutageBecomesReadyAndConsumesWhenTheBrokerReturns() throws IOException {
        try (StartedDuringBrokerOutage service = new StartedDuringBrokerOutage(NapMonitoringApplication.class,
                environment, "nap-outage")) {
            Http http = service.http();
            assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(503);
            assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);

            long readyMs = service.brokerReturns();

            try (EventPublisher members = new EventPublisher(service.realBroker(), service.topic(Topics.MEMBERSHIP))) {
                members.publish(new MembershipHistory("ARG", "Argentina", MemberType.STATE, Region.AMERICAS).admitted());
            }
            long consumed = System.nanoTime();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> http.post(
                    "/api/v1/members/ARG/action-plans", NapFixtures.plan("arg-nap-2", 2, "2023-03-08", "2023-01-01",
                            "2026-12-31")).status() == 201);
            System.out.printf("NAP monitoring started without a broker: up (not ready, live) in %d ms; ready %d ms after "
                    + "the broker answered; a member admitted then known %d ms later%n", service.upMillis(), readyMs,
                    (System.nanoTime() - consumed) / 1_000_000);
        }
    }
}
