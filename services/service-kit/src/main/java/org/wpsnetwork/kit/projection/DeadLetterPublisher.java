package org.wpsnetwork.kit.projection;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.core.KafkaTemplate;
import org.wpsnetwork.contracts.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sets aside a record a consumer can never apply: the original bytes and key go to {@code <topic>.dlt} with
 * the reason and origin in headers, so it can be inspected and replayed after a fix. Returns only once the
 * broker has it, because the consumer commits past the record afterwards.
 */
public class DeadLetterPublisher {

    public static final String REASON_HEADER = "wps-dlt-reason";
    public static final String CONSUMER_HEADER = "wps-dlt-consumer";
    public static final String ORIGIN_HEADER = "wps-dlt-origin";

    private final KafkaTemplate<String, byte[]> kafka;
    private final Duration timeout;

    public DeadLetterPublisher(KafkaTemplate<String, byte[]> kafka, Duration timeout) {
        this.kafka = kafka;
        this.timeout = timeout;
    }

    public void publish(IncomingRecord record, String consumer, String reason) {
        ProducerRecord<String, byte[]> dead = new ProducerRecord<>(Topics.deadLetterTopicOf(record.topic()),
                record.key(), record.value());
        dead.headers().add(header(REASON_HEADER, reason));
        dead.headers().add(header(CONSUMER_HEADER, consumer));
        dead.headers().add(header(ORIGIN_HEADER, record.toString()));
        try {
            kafka.send(dead).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dead-lettering " + record, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not dead-letter " + record + ": " + e.getMessage(), e);
        }
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
