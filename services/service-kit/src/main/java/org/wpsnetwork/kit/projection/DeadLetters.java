package org.wpsnetwork.kit.projection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.kafka.core.KafkaTemplate;
import org.wpsnetwork.kit.mongo.IndexPlan;
import org.wpsnetwork.contracts.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Records a consumer can never apply, set aside once each: the original bytes and key go to {@code <topic>.dlt}
 * with the reason and origin in headers (the durable record, for any tool), and into the {@code dead_letters}
 * collection keyed by origin, which is what the admin endpoint lists and replays. Setting aside the same record
 * again (a redelivery after a crash) changes nothing. Returns only once the broker has it, because the consumer
 * commits past the record afterwards.
 */
public class DeadLetters {

    public static final String REASON_HEADER = "wps-dlt-reason";
    public static final String CONSUMER_HEADER = "wps-dlt-consumer";
    public static final String ORIGIN_HEADER = "wps-dlt-origin";

    /** The most dead letters one list or one replay takes. */
    public static final int MAX_PAGE = 500;

    /** Where a dead letter stands: waiting for a fix, or replayed and applied. */
    public enum Status { WAITING, REPLAYED }

    /** One record set aside, as the admin endpoint shows it. */
    public record DeadLetter(String id, String consumer, String topic, int partition, long offset, String key,
                             String eventType, String reason, int replayAttempts, Status status, Instant deadLetteredAt,
                             Instant replayedAt) {
    }

    private final KafkaTemplate<String, byte[]> kafka;
    private final MongoCollection<Document> letters;
    private final Duration timeout;
    private final Clock clock;

    public DeadLetters(KafkaTemplate<String, byte[]> kafka, MongoDatabase database, Duration timeout, Clock clock,
                       IndexPlan indexes) {
        this.kafka = kafka;
        this.letters = database.getCollection("dead_letters");
        indexes.index(letters, Indexes.ascending("status", "deadLetteredAt"), new IndexOptions().name("status_age"));
        this.timeout = timeout;
        this.clock = clock;
    }

    /**
     * Sets {@code record} aside with {@code reason}, once.
     *
     * @return true if it was set aside now, false if it already had been
     */
    public boolean deadLetter(IncomingRecord record, String consumer, String eventType, String reason) {
        String id = record.toString();
        Document existing = letters.find(Filters.eq("_id", id)).first();
        if (existing == null) {
            try {
                letters.insertOne(new Document("_id", id).append("consumer", consumer).append("topic", record.topic())
                        .append("partition", record.partition()).append("offset", record.offset())
                        .append("key", record.key()).append("value", new Binary(record.value()))
                        .append("eventType", eventType).append("reason", reason).append("replayAttempts", 0)
                        .append("status", Status.WAITING.name()).append("published", false)
                        .append("deadLetteredAt", Date.from(clock.instant())));
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            existing = letters.find(Filters.eq("_id", id)).first();
        }
        if (existing != null && existing.getBoolean("published", false)) {
            return false;
        }
        publish(record, consumer, reason);
        letters.updateOne(Filters.eq("_id", id), Updates.set("published", true));
        return true;
    }

    /** Dead letters, oldest first; {@code status} null for all. */
    public List<DeadLetter> list(Status status, int limit) {
        List<DeadLetter> found = new ArrayList<>();
        letters.find(status == null ? Filters.empty() : Filters.eq("status", status.name()))
                .sort(Sorts.ascending("deadLetteredAt", "_id")).limit(limit)
                .forEach(document -> found.add(toDeadLetter(document)));
        return found;
    }

    public long waiting() {
        return letters.countDocuments(Filters.eq("status", Status.WAITING.name()));
    }

    /** The record as it was consumed, to replay it. */
    public Optional<IncomingRecord> record(String id) {
        return Optional.ofNullable(letters.find(Filters.eq("_id", id)).first()).map(document -> new IncomingRecord(
                document.getString("topic"), document.getInteger("partition"), document.getLong("offset"),
                document.getString("key"), document.get("value", Binary.class).getData()));
    }

    public Optional<DeadLetter> find(String id) {
        return Optional.ofNullable(letters.find(Filters.eq("_id", id)).first()).map(DeadLetters::toDeadLetter);
    }

    void replayed(String id) {
        letters.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("status", Status.REPLAYED.name()),
                Updates.set("replayedAt", Date.from(clock.instant())), Updates.inc("replayAttempts", 1)));
    }

    void replayFailed(String id, String reason) {
        letters.updateOne(Filters.eq("_id", id), Updates.combine(Updates.set("reason", reason),
                Updates.inc("replayAttempts", 1)));
    }

    private void publish(IncomingRecord record, String consumer, String reason) {
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

    private static DeadLetter toDeadLetter(Document document) {
        Date replayedAt = document.getDate("replayedAt");
        return new DeadLetter(document.getString("_id"), document.getString("consumer"), document.getString("topic"),
                document.getInteger("partition"), document.getLong("offset"), document.getString("key"),
                document.getString("eventType"), document.getString("reason"), document.getInteger("replayAttempts", 0),
                Status.valueOf(document.getString("status")), document.getDate("deadLetteredAt").toInstant(),
                replayedAt == null ? null : replayedAt.toInstant());
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
