package org.wpsnetwork.reporting;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wpsnetwork.contracts.EventCodec;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.membership.MemberType;
import org.wpsnetwork.contracts.membership.Region;
import org.wpsnetwork.kit.projection.DeadLetters;
import org.wpsnetwork.testsupport.EventPublisher;
import org.wpsnetwork.testsupport.MembershipHistory;
import org.wpsnetwork.testsupport.Http;
import org.wpsnetwork.testsupport.ServiceIntegrationTest;
import org.wpsnetwork.testsupport.ServiceUnderTest;
import org.wpsnetwork.testsupport.TopicReader;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A record that can never be applied is set aside with its reason, and the events after it still flow. Event
 * types this build does not know are set aside too, for a replay once it does: nothing is dropped.
 */
@ServiceIntegrationTest
class DeadLetterIT {

    @Autowired
    ServiceUnderTest service;

    private static final EventCodec CODEC = new EventCodec();


    @Test
    void unreadableRecordsAndUnknownEventTypesGoToTheDeadLetterTopicWithTheirReason() {
        String topic = service.topic(Topics.MEMBERSHIP);
        MembershipHistory ghana = new MembershipHistory("GHA", "Ghana", MemberType.STATE, Region.AFRICA);
        try (EventPublisher publisher = new EventPublisher(service.kafkaBootstrapServers(), topic);
             TopicReader deadLetters = new TopicReader(service.kafkaBootstrapServers(), Topics.deadLetterTopicOf(topic))) {
            publisher.publishRaw("GHA", "{this is not json");
            publisher.publishRaw("GHA", new String(CODEC.encode(ghana.admitted()),
                    StandardCharsets.UTF_8).replace("\"schemaVersion\":1", "\"schemaVersion\":9"));
            publisher.publishRaw("GHA", new String(CODEC.encode(ghana.admitted()),
                    StandardCharsets.UTF_8).replace("MemberAdmitted", "MemberCelebrated"));
            publisher.publish(new MembershipHistory("GHA", "Ghana", MemberType.STATE, Region.AFRICA).admitted());

            Http http = service.http();
            await().atMost(Duration.ofSeconds(15)).until(() -> http.get("/api/v1/reports/members/GHA").status() == 200);
            List<ConsumerRecord<String, byte[]>> dead = deadLetters.readUntil(all -> all.size() >= 3, Duration.ofSeconds(15));
            assertThat(dead).hasSize(3);
            assertThat(reason(dead.get(0))).startsWith("Not JSON");
            assertThat(reason(dead.get(1))).contains("Unsupported schema version 9");
            assertThat(reason(dead.get(2))).startsWith("Unknown event type 'MemberCelebrated'");
            assertThat(new String(dead.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{this is not json");
            assertThat(header(dead.get(0), DeadLetters.CONSUMER_HEADER)).isEqualTo("membership-events");
        }
    }

    private static String reason(ConsumerRecord<String, byte[]> record) {
        return header(record, DeadLetters.REASON_HEADER);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
