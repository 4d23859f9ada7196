package org.wpsnetwork.membership;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.TestPropertySource;
import org.wpsnetwork.contracts.EventCodec;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import org.wpsnetwork.testsupport.TestTokens;
import org.wpsnetwork.testsupport.TopicReader;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of membership-service on one database and one broker, as a scaled-out deployment runs them:
 * both relays look at every outbox, and each event is published once, whichever instance stored it.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = "wps.test.isolated-context=relay-instances")
class RelayInstancesIT {

    private static final EventCodec CODEC = new EventCodec();

    @Autowired
    ServiceUnderTest service;
    @Autowired
    Environment environment;

    @Test
    void eachEventIsPublishedOnceWhenTwoInstancesRelay() {
        List<String> shared = new ArrayList<>(List.of("--server.port=0",
                "--wps.kafka.bootstrap-servers=" + environment.getRequiredProperty("wps.kafka.bootstrap-servers"),
                "--spring.mongodb.uri=" + environment.getRequiredProperty("spring.mongodb.uri"),
                "--wps.mongodb.database=" + environment.getRequiredProperty("wps.mongodb.database"),
                "--wps.kafka.topic-prefix=" + environment.getProperty("wps.kafka.topic-prefix", "")));
        shared.addAll(TestTokens.trustArguments());
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(MembershipApplication.class)
                .run(shared.toArray(String[]::new));
             TopicReader topic = new TopicReader(service.kafkaBootstrapServers(), service.topic(Topics.MEMBERSHIP))) {
            List<MembershipApi> instances = List.of(new MembershipApi(service.http()), new MembershipApi(
                    new Http("http://localhost:" + second.getEnvironment().getRequiredProperty("local.server.port"))));
            List<String> codes = List.of("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "GRC", "HUN",
                    "IRL", "LVA", "LTU", "LUX", "MLT", "NLD", "ROU", "SVK", "SVN");
            for (int i = 0; i < codes.size(); i++) {
                MembershipApi api = instances.get(i % 2);
                String etag = api.admitted(codes.get(i), "Member " + codes.get(i), "EUROPE");
                assertThat(api.http.patch("/api/v1/members/" + codes.get(i), "{\"name\":\"Renamed " + codes.get(i) + "\"}",
                        "If-Match", etag).status()).isEqualTo(200);
            }
            int expected = codes.size() * 2;
            topic.readUntil(all -> all.size() >= expected, Duration.ofSeconds(30));
            List<ConsumerRecord<String, byte[]>> records = topic.readFor(Duration.ofSeconds(2));
            Map<String, Long> timesPublished = records.stream().collect(Collectors.groupingBy(
                    record -> CODEC.decode(record.value()).eventId().toString(), Collectors.counting()));
            long twice = timesPublished.values().stream().filter(n -> n > 1).count();
            System.out.printf("Relay with 2 instances: %d events stored, %d published, %d published more than once%n",
                    expected, records.size(), twice);
            assertThat(timesPublished).hasSize(expected);
            assertThat(twice).isZero();
            Map<String, List<Long>> versionsByMember = records.stream().map(record -> CODEC.decode(record.value()))
                    .collect(Collectors.groupingBy(event -> event.aggregateId(),
                            Collectors.mapping(event -> event.aggregateVersion(), Collectors.toList())));
            assertThat(versionsByMember.values()).as("per member, in version order").allSatisfy(
                    versions -> assertThat(versions).containsExactly(1L, 2L));
            assertThat(versionsByMember.keySet()).containsExactlyInAnyOrderElementsOf(codes);
        }
    }
}
