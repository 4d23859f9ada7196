package org.wpsnetwork.kit.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.wpsnetwork.kit.correlation.CorrelationId;
import org.wpsnetwork.kit.kafka.TopicNames;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes the events waiting in the outboxes of every registered aggregate collection. Per aggregate the
 * events go out in version order through an idempotent producer with {@code acks=all}; an entry leaves the
 * outbox only after the broker acknowledged it, so a crash or an unreachable broker delays events but never
 * loses them. A crash between the ack and the removal publishes the event again: consumers are idempotent.
 *
 * <p>It runs on one thread, woken at once after each stored change and otherwise every poll interval.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(10);

    private final KafkaTemplate<String, byte[]> kafka;
    private final TopicNames topics;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final Duration pollInterval;
    private final int batchSize;
    private final Duration sendTimeout;
    private final List<MongoCollection<Document>> outboxes = new CopyOnWriteArrayList<>();
    private final Semaphore wakeUps = new Semaphore(0);
    private final Counter failures;

    private volatile Thread worker;
    private volatile Instant lastSuccess;
    private volatile String lastFailure;

    public OutboxRelay(KafkaTemplate<String, byte[]> kafka, TopicNames topics, MeterRegistry metrics, Clock clock,
                       Duration pollInterval, int batchSize, Duration sendTimeout) {
        this.kafka = kafka;
        this.topics = topics;
        this.metrics = metrics;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.failures = Counter.builder("wps.outbox.publish.failures")
                .description("Rounds in which the outbox relay could not publish an event")
                .register(metrics);
        Gauge.builder("wps.outbox.backlog", this, OutboxRelay::backlogOrNaN)
                .description("Events stored but not yet acknowledged by the broker")
                .register(metrics);
    }

    void register(MongoCollection<Document> collection) {
        outboxes.add(collection);
        wakeUp();
    }

    /** Asks the relay to look at the outboxes now rather than at the next poll. */
    public void wakeUp() {
        if (wakeUps.availablePermits() == 0) {
            wakeUps.release();
        }
    }

    /** Events stored but not yet published, summed over every registered collection. */
    public long backlog() {
        long total = 0;
        for (MongoCollection<Document> outbox : outboxes) {
            Document sum = outbox.aggregate(List.of(
                    Aggregates.match(Filters.gt(AggregateStore.PENDING_EVENTS, 0)),
                    Aggregates.group(null, Accumulators.sum("n", "$" + AggregateStore.PENDING_EVENTS)))).first();
            total += sum == null ? 0 : sum.get("n", Number.class).longValue();
        }
        return total;
    }

    private double backlogOrNaN() {
        try {
            return backlog();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    public Instant lastSuccess() {
        return lastSuccess;
    }

    /** Why the last round failed, or null when it succeeded. */
    public String lastFailure() {
        return lastFailure;
    }

    @Override
    public synchronized void start() {
        if (worker == null) {
            worker = new Thread(this::run, "outbox-relay");
            worker.setDaemon(true);
            worker.start();
        }
    }

    @Override
    public synchronized void stop() {
        Thread running = worker;
        worker = null;
        if (running != null) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private void run() {
        int consecutiveFailures = 0;
        while (worker == Thread.currentThread()) {
            try {
                boolean moreWaiting = relayOnce();
                lastSuccess = clock.instant();
                lastFailure = null;
                consecutiveFailures = 0;
                if (!moreWaiting) {
                    wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                consecutiveFailures++;
                failures.increment();
                lastFailure = rootMessage(e);
                long delay = Math.min(MAX_BACKOFF.toMillis(), 200L << Math.min(consecutiveFailures, 10));
                // One line per round, no stack trace: the broker being away is an expected condition.
                log.warn("Outbox relay could not publish ({}); {} event(s) stay stored; retrying in {} ms",
                        lastFailure, backlogOrNaN(), delay);
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /** Publishes one batch from every outbox; answers whether more may be waiting. */
    boolean relayOnce() throws InterruptedException {
        boolean moreWaiting = false;
        for (MongoCollection<Document> outbox : outboxes) {
            List<Document> aggregates = outbox.find(Filters.gt(AggregateStore.PENDING_EVENTS, 0))
                    .projection(Projections.include(AggregateStore.OUTBOX))
                    .limit(batchSize)
                    .into(new ArrayList<>());
            moreWaiting |= aggregates.size() == batchSize;
            publish(outbox, aggregates);
        }
        return moreWaiting;
    }

    private void publish(MongoCollection<Document> outbox, List<Document> aggregates) throws InterruptedException {
        List<List<Sent>> sentPerAggregate = new ArrayList<>(aggregates.size());
        for (Document aggregate : aggregates) {
            List<Sent> sent = new ArrayList<>();
            for (Document entry : aggregate.getList(AggregateStore.OUTBOX, Document.class)) {
                OutboxEntry event = OutboxEntry.from(entry);
                sent.add(new Sent(event, send(event)));
            }
            sentPerAggregate.add(sent);
        }
        RuntimeException firstFailure = null;
        for (int i = 0; i < aggregates.size(); i++) {
            List<String> acknowledged = new ArrayList<>();
            for (Sent sent : sentPerAggregate.get(i)) {
                try {
                    sent.result().get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    // Later events of this aggregate wait for this one, keeping them in version order.
                    firstFailure = firstFailure != null ? firstFailure : new IllegalStateException(
                            "event " + sent.event().eventId() + " to " + sent.event().topic() + ": " + rootMessage(e), e);
                    break;
                }
                acknowledged.add(sent.event().eventId());
                metrics.counter("wps.outbox.published", "topic", sent.event().topic(),
                        "eventType", sent.event().eventType()).increment();
            }
            markPublished(outbox, aggregates.get(i).get("_id"), acknowledged);
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
    }

    private CompletableFuture<SendResult<String, byte[]>> send(OutboxEntry event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.resolve(event.topic()), null,
                event.key(), event.value().getBytes(StandardCharsets.UTF_8));
        record.headers().add(new RecordHeader("eventType", event.eventType().getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("contentType", "application/json".getBytes(StandardCharsets.UTF_8)));
        if (event.correlationId() != null) {
            record.headers().add(new RecordHeader(CorrelationId.MDC_KEY,
                    event.correlationId().getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return kafka.send(record);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static void markPublished(MongoCollection<Document> outbox, Object id, List<String> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        // Only while every entry is still there, so a concurrent relay cannot make the count drift.
        outbox.updateOne(
                Filters.and(Filters.eq("_id", id), Filters.all(AggregateStore.OUTBOX + ".eventId", eventIds)),
                Updates.combine(
                        Updates.pullByFilter(new Document(AggregateStore.OUTBOX,
                                new Document("eventId", new Document("$in", eventIds)))),
                        Updates.inc(AggregateStore.PENDING_EVENTS, -eventIds.size())));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private record Sent(OutboxEntry event, CompletableFuture<SendResult<String, byte[]>> result) {
    }
}
