package org.wpsnetwork.testsupport;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.wpsnetwork.contracts.EventCodec;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.EventSchemas;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * What a service really published on a topic, read back as an outside consumer would, each record checked
 * against the JSON Schema of its event type.
 */
public final class PublishedEvents implements AutoCloseable {

    private static final EventCodec CODEC = new EventCodec();
    private static final EventSchemas SCHEMAS = new EventSchemas();

    private final TopicReader reader;

    public PublishedEvents(String bootstrapServers, String topic) {
        this.reader = new TopicReader(bootstrapServers, topic);
    }

    /** Waits until the events published for {@code key} satisfy {@code done}; fails if any is not schema-valid. */
    public List<EventEnvelope<?>> forKey(String key, Predicate<List<EventEnvelope<?>>> done, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> records = reader.readUntil(
                all -> done.test(decode(all.stream().filter(r -> key.equals(r.key())).toList())), timeout);
        return decode(records.stream().filter(r -> key.equals(r.key())).toList());
    }

    /** Everything published for {@code key} during {@code duration}. */
    public List<EventEnvelope<?>> forKeyDuring(String key, Duration duration) {
        return decode(reader.readFor(duration).stream().filter(r -> key.equals(r.key())).toList());
    }

    private static List<EventEnvelope<?>> decode(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(PublishedEvents::checked).toList();
    }

    private static EventEnvelope<?> checked(ConsumerRecord<String, byte[]> record) {
        JsonNode message = CODEC.readTree(record.value());
        List<String> violations = SCHEMAS.violations(message);
        if (!violations.isEmpty()) {
            throw new AssertionError("Published event violates its schema: " + violations + "\n" + message);
        }
        return CODEC.decode(record.value());
    }

    @Override
    public void close() {
        reader.close();
    }
}
