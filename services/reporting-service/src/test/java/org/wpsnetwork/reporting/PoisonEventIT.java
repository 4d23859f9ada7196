package org.wpsnetwork.reporting;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.projection.Outcome;
import org.wpsnetwork.kit.replicas.MemberReplica;
import org.wpsnetwork.reporting.views.ViewStore;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import org.wpsnetwork.testsupport.TopicReader;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault test R5: an event that decodes but that a projection cannot apply (a projection bug, injected into the
 * real member replica for one member) sits in the middle of the membership topic on the real broker. It is tried a
 * bounded number of times, set aside once as a dead letter with its reason, and every other event is applied;
 * once the bug is fixed, a replay through the admin endpoint applies it.
 */
@ServiceIntegrationTest
@TestPropertySource(properties = {"wps.test.isolated-context=poison-event", "wps.projection.max-attempts=3"})
class PoisonEventIT {

    private static final List<String> CODES = List.of("AGO", "BEN", "BWA", "CMR", "CIV", "COD", "EGY", "ETH", "GAB",
            "GHA", "KEN", "LBR", "MDG", "MLI", "MOZ", "NAM", "NER", "NGA", "RWA", "SEN", "SLE");
    private static final String POISONED = "GHA";

    /** Whether the projection bug is fixed: until then the member replica cannot take the poisoned member. */
    static final AtomicBoolean FIXED = new AtomicBoolean();

    /**
     * The real member replica with the bug in it. A subclass rather than a Mockito spy: stubbing a spy is not safe
     * while other threads (the network views' rewriter) call it.
     */
    @TestConfiguration
    static class Bug {
        @Bean
        @Primary
        MemberReplica poisonedMemberReplica(ViewStore store, DocumentMapper mapper) {
            return new MemberReplica("member-views", store.collection("member_views"), mapper) {
                @Override
                public List<Outcome> apply(List<EventEnvelope<?>> batch) {
                    if (!FIXED.get() && batch.stream().anyMatch(event -> event.aggregateId().equals(POISONED))) {
                        throw new IllegalStateException("member replica cannot take " + POISONED);
                    }
                    return super.apply(batch);
                }
            };
        }
    }

    @Autowired
    ServiceUnderTest service;

    @Test
    void thePoisonEventIsDeadLetteredOnceTheRestOfTheTopicIsAppliedAndAReplayAfterTheFixAppliesIt() {
        FIXED.set(false);
        List<EventEnvelope<?>> events = new ArrayList<>();
        for (String code : CODES) {
            events.add(new MembershipHistory(code, "Member " + code, MemberType.STATE, Region.AFRICA).admitted());
        }
        String topic = service.topic(Topics.MEMBERSHIP);
        Http http = service.http();
        long started = System.nanoTime();
        try (EventPublisher publisher = new EventPublisher(service.kafkaBootstrapServers(), topic);
             TopicReader dlt = new TopicReader(service.kafkaBootstrapServers(), Topics.deadLetterTopicOf(topic))) {
            publisher.publish(events.toArray(EventEnvelope<?>[]::new));

            JsonNode all = http.awaitJson("/api/v1/reports/members", Duration.ofSeconds(30),
                    list -> list.path("members").size() == CODES.size() - 1);
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            List<ConsumerRecord<String, byte[]>> dead = dlt.readFor(Duration.ofSeconds(2));
            JsonNode letters = http.get("/api/v1/admin/dead-letters").json();
            System.out.printf("R5 poison event %d of %d: dead-lettered %d time(s), %d other events applied, all in "
                    + "%d ms; reason: %s%n", CODES.indexOf(POISONED) + 1, CODES.size(), dead.size(),
                    all.path("members").size(), tookMs, letters.path("deadLetters").path(0).path("reason").asString());

            assertThat(all.path("members").findValuesAsString("code")).doesNotContain(POISONED)
                    .containsAll(CODES.stream().filter(code -> !code.equals(POISONED)).toList());
            assertThat(dead).hasSize(1);
            assertThat(dead.get(0).key()).isEqualTo(POISONED);
            assertThat(letters.path("waiting").asInt()).isEqualTo(1);
            JsonNode letter = letters.path("deadLetters").path(0);
            assertThat(letter.path("consumer").asString()).isEqualTo("membership-events");
            assertThat(letter.path("eventType").asString()).isEqualTo("MemberAdmitted");
            assertThat(letter.path("reason").asString())
                    .isEqualTo("Failed 3 times: IllegalStateException: member replica cannot take " + POISONED);
            assertThat(http.get("/actuator/prometheus").body())
                    .containsPattern("wps_projection_events_total\\{[^}]*outcome=\"dead_lettered\"[^}]*} 1.0");

            // The fix is deployed, then the operator replays.
            FIXED.set(true);
            JsonNode replayed = http.post("/api/v1/admin/dead-letters", "{}").json();
            assertThat(replayed.path("replays").path(0).path("applied").asBoolean()).as(replayed.toString()).isTrue();
            assertThat(replayed.path("stillWaiting").asInt()).isZero();
            assertThat(http.get("/api/v1/reports/members/" + POISONED).status()).isEqualTo(200);
            assertThat(http.get("/api/v1/reports/members/" + POISONED + "/timeline").json().path("events").size())
                    .isEqualTo(1);
            assertThat(http.get("/api/v1/admin/dead-letters?status=REPLAYED").json().path("deadLetters").size())
                    .isEqualTo(1);
        }
    }
}
