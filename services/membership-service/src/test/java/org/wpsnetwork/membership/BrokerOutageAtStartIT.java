package org.wpsnetwork.membership;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;

import java.io.IOException;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A writer started while its broker is down stays up, not ready (liveness UP), and stores changes meanwhile
 * (the relay publishes them once the broker answers, as OutboxRecoveryIT shows). It used to exit after 60 s.
 */
@ServiceIntegrationTest
class BrokerOutageAtStartIT {

    @Autowired
    Environment environment;

    @Test
    void aServiceStartedDuringABrokerOutageStaysUpNotReady() throws IOException {
        int brokerPort = freePort();
        String broker = "localhost:" + brokerPort;
        String[] args = {"--server.port=0", "--wps.kafka.bootstrap-servers=" + broker,
                "--spring.kafka.bootstrap-servers=" + broker, "--spring.cloud.stream.kafka.binder.brokers=" + broker,
                "--spring.mongodb.uri=" + environment.getRequiredProperty("spring.mongodb.uri"),
                "--wps.mongodb.database=broker-outage-at-start", "--wps.kafka.provisioning-timeout=3s",
                "--wps.kafka.partitions=1"};
        long started = System.nanoTime();
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(MembershipApplication.class).run(args)) {
            long upMs = (System.nanoTime() - started) / 1_000_000;
            Http http = new Http("http://localhost:" + service.getEnvironment().getRequiredProperty("local.server.port"));
            assertThat(http.get("/actuator/health/readiness").status()).isEqualTo(503);
            assertThat(http.get("/actuator/health/liveness").status()).isEqualTo(200);
            assertThat(new MembershipApi(http).admitState("ISL", "Iceland", "EUROPE").status())
                    .as("changes are stored meanwhile").isEqualTo(201);

            assertThat(http.get("/actuator/health/broker").body()).contains("DOWN");
            System.out.printf("Started without a broker: up (not ready, live) in %d ms, changes stored meanwhile%n", upMs);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
