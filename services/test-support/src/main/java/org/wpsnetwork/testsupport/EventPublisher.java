package org.wpsnetwork.testsupport;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.wpsnetwork.contracts.EventCodec;
import org.wpsnetwork.contracts.EventEnvelope;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ExecutionException;

/** Publishes events onto a topic the way a producing service does, to drive a consumer under test. */
public final class EventPublisher implements AutoCloseable {

    private static final EventCodec CODEC = new EventCodec();

    private final KafkaProducer<String, byte[]> producer;
    private final String topic;

    public EventPublisher(String bootstrapServers, String topic) {
        this.topic = topic;
        this.producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all"));
    }

    /** Publishes events in the order given, keyed by aggregate id, and waits for the broker's acks. */
    public void publish(EventEnvelope<?>... events) {
        for (EventEnvelope<?> event : events) {
            send(event.aggregateId(), CODEC.encode(event));
        }
    }

    /** Publishes events in the order given under one record key (NAP events are keyed by member code). */
    public void publishKeyed(String key, EventEnvelope<?>... events) {
        for (EventEnvelope<?> event : events) {
            send(key, CODEC.encode(event));
        }
    }

    /** Publishes arbitrary bytes, as a broken or newer producer might. */
    public void publishRaw(String key, String value) {
        send(key, value.getBytes(StandardCharsets.UTF_8));
    }

    private void send(String key, byte[] value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
