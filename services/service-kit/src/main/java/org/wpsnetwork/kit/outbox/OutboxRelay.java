package org.wpsnetwork.kit.outbox;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.UnknownServerException;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.bson.conversions.Bson;
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
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes the events waiting in the outboxes of every registered aggregate collection, through an idempotent
 * producer with {@code acks=all}. Per aggregate, an entry is sent only once the one before it was acknowledged
 * and removed, so after a failure nothing the broker already has is sent again and the events stay in version
 * order; different aggregates are sent side by side.
 *
 * <ul>
 *   <li>A failure the broker may get over (it is away, a leader moves) holds back only that aggregate, with a
 *       back-off of its own that grows with its failures ({@code relayRetry} in its document).</li>
 *   <li>An entry the broker can never accept (larger than it takes) is <em>parked</em>: its aggregate is held
 *       back (later events must not overtake it) with the reason in {@code parked}, counted in
 *       {@code wps.outbox.parked}, logged as an error and shown by the health indicator, until an operator
 *       releases it; every other aggregate goes on.</li>
 *   <li>Several instances of one service share the work: an instance claims an aggregate with a lease
 *       ({@code relayLease}, one atomic write) before publishing it, so in steady state each event is published
 *       once. A lease left by an instance that died expires and another instance takes over.</li>
 * </ul>
 * A crash between the ack and the removal publishes the event again: consumers are idempotent. It runs on one
 * thread, woken at once after each stored change and otherwise every poll interval. It stops after the web
 * server, flushing what the last requests stored.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    private static final Duration IDLE_BACKOFF = Duration.ofSeconds(1);
    static final String LEASE = "relayLease";
    static final String RETRY = "relayRetry";
    static final String PARKED = "parked";

    private final KafkaTemplate<String, byte[]> kafka;
    private final TopicNames topics;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final Duration pollInterval;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Duration leaseDuration;
    private final Duration shutdownFlush;
    private final String instance = UUID.randomUUID().toString();
    private final List<MongoCollection<Document>> outboxes = new CopyOnWriteArrayList<>();
    private final Semaphore wakeUps = new Semaphore(0);
    private final Counter failures;
    private final Counter parkings;

    private volatile Thread worker;
    private volatile Instant lastSuccess;
    private volatile String lastFailure;

    public OutboxRelay(KafkaTemplate<String, byte[]> kafka, TopicNames topics, MeterRegistry metrics, Clock clock,
                       Duration pollInterval, int batchSize, Duration sendTimeout, Duration leaseDuration,
                       Duration shutdownFlush) {
        this.kafka = kafka;
        this.topics = topics;
        this.metrics = metrics;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.leaseDuration = leaseDuration;
        this.shutdownFlush = shutdownFlush;
        this.failures = Counter.builder("wps.outbox.publish.failures")
                .description("Events the broker did not acknowledge (they stay stored and are retried)")
                .register(metrics);
        this.parkings = Counter.builder("wps.outbox.parkings")
                .description("Events parked because the broker can never accept them")
                .register(metrics);
        Gauge.builder("wps.outbox.backlog", this, relay -> relay.orNaN(relay::backlog))
                .description("Events stored but not yet acknowledged by the broker")
                .register(metrics);
        Gauge.builder("wps.outbox.parked", this, relay -> relay.orNaN(() -> relay.parked().size()))
                .description("Aggregates whose next event is parked: the broker can never accept it")
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

    /** An aggregate held back because the broker can never accept its next event. */
    public record Parked(String collection, String aggregateId, String eventId, String eventType, String reason,
                         Instant parkedAt) {
    }

    public List<Parked> parked() {
        List<Parked> parked = new ArrayList<>();
        for (MongoCollection<Document> outbox : outboxes) {
            for (Document document : outbox.find(Filters.exists(PARKED)).projection(Projections.include(PARKED))) {
                Document why = document.get(PARKED, Document.class);
                parked.add(new Parked(outbox.getNamespace().getCollectionName(), String.valueOf(document.get("_id")),
                        why.getString("eventId"), why.getString("eventType"), why.getString("reason"),
                        why.getDate("at").toInstant()));
            }
        }
        return parked;
    }

    /** Lets parked aggregates be tried again (after the broker's limit was raised); answers how many. */
    public long releaseParked() {
        long released = 0;
        for (MongoCollection<Document> outbox : outboxes) {
            released += outbox.updateMany(Filters.exists(PARKED), Updates.combine(Updates.unset(PARKED),
                    Updates.unset(RETRY))).getModifiedCount();
        }
        wakeUp();
        return released;
    }

    private double orNaN(java.util.function.LongSupplier value) {
        try {
            return value.getAsLong();
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

    /** After the web server has drained and stopped (its lifecycles run in higher phases), before the clients close. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 4096;
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
        flush();
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    /** Publishes what the last requests stored, for at most the shutdown flush time. */
    private void flush() {
        long deadline = System.nanoTime() + shutdownFlush.toNanos();
        try {
            while (System.nanoTime() < deadline && relayOnce()) {
                // More was waiting: go on until done or out of time.
            }
            log.info("Outbox relay stopped; {} event(s) stay stored for the next start", orNaN(this::backlog));
        } catch (RuntimeException e) {
            log.warn("Outbox relay could not flush at shutdown ({}); the events stay stored", rootMessage(e));
        }
    }

    private void run() {
        int consecutiveFailures = 0;
        while (worker == Thread.currentThread()) {
            try {
                boolean moreWaiting = relayOnce();
                consecutiveFailures = 0;
                if (!moreWaiting) {
                    wakeUps.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The database is away: nothing can be read or marked. One line per round, no stack trace.
                consecutiveFailures++;
                lastFailure = rootMessage(e);
                long delay = Math.min(MAX_BACKOFF.toMillis(), 200L << Math.min(consecutiveFailures, 10));
                log.warn("Outbox relay cannot read its outboxes ({}); retrying in {} ms", lastFailure, delay);
                try {
                    Thread.sleep(delay);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /** Publishes what is due in every outbox; answers whether more may be waiting. */
    boolean relayOnce() {
        boolean moreWaiting = false;
        boolean failed = false;
        for (MongoCollection<Document> outbox : outboxes) {
            Instant now = clock.instant();
            List<Object> due = outbox.find(Filters.and(Filters.gt(AggregateStore.PENDING_EVENTS, 0),
                            Filters.exists(PARKED, false), notBackingOff(now), claimable(now)))
                    .projection(Projections.include("_id"))
                    .limit(batchSize)
                    .map(document -> document.get("_id"))
                    .into(new ArrayList<>());
            moreWaiting |= due.size() == batchSize;
            List<Document> claimed = claim(outbox, due, now);
            try {
                failed |= !publish(outbox, claimed);
            } finally {
                release(outbox, claimed);
            }
        }
        if (!failed) {
            lastFailure = null;
            lastSuccess = clock.instant();
        } else if (!moreWaiting) {
            pauseAfterFailure();
        }
        return moreWaiting && !failed;
    }

    /** Sends each claimed aggregate's entries in rounds: the n-th entries of all of them, then the next ones. */
    private boolean publish(MongoCollection<Document> outbox, List<Document> aggregates) {
        Map<Object, Deque<OutboxEntry>> queues = new LinkedHashMap<>();
        Map<Object, Integer> retries = new LinkedHashMap<>();
        for (Document aggregate : aggregates) {
            Deque<OutboxEntry> queue = new ArrayDeque<>();
            aggregate.getList(AggregateStore.OUTBOX, Document.class).forEach(entry -> queue.add(OutboxEntry.from(entry)));
            queues.put(aggregate.get("_id"), queue);
            Document retry = aggregate.get(RETRY, Document.class);
            retries.put(aggregate.get("_id"), retry == null ? 0 : retry.getInteger("attempts", 0));
        }
        boolean allSent = true;
        while (queues.values().stream().anyMatch(queue -> !queue.isEmpty())) {
            Map<Object, CompletableFuture<SendResult<String, byte[]>>> round = new LinkedHashMap<>();
            queues.forEach((id, queue) -> {
                if (!queue.isEmpty()) {
                    round.put(id, send(queue.peekFirst()));
                }
            });
            List<WriteModel<Document>> acknowledged = new ArrayList<>();
            for (Map.Entry<Object, CompletableFuture<SendResult<String, byte[]>>> sent : round.entrySet()) {
                Object id = sent.getKey();
                OutboxEntry entry = queues.get(id).peekFirst();
                Throwable failure = awaitAck(sent.getValue());
                if (failure == null) {
                    acknowledged.add(published(id, entry));
                    queues.get(id).removeFirst();
                    continue;
                }
                allSent = false;
                queues.get(id).clear();
                if (neverAccepted(failure)) {
                    park(outbox, id, entry, failure);
                } else {
                    backOff(outbox, id, entry, failure, retries.get(id) + 1);
                }
            }
            // One write for the round: the next entries are sent only once these are gone.
            if (!acknowledged.isEmpty()) {
                outbox.bulkWrite(acknowledged, new BulkWriteOptions().ordered(false));
            }
        }
        return allSent;
    }

    private Throwable awaitAck(CompletableFuture<SendResult<String, byte[]>> result) {
        try {
            result.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() != null ? e.getCause() : e;
        } catch (TimeoutException e) {
            return e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    /** Failures that retrying cannot cure: the record itself is wrong for the broker. */
    private static boolean neverAccepted(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                    || cause instanceof InvalidTopicException || cause instanceof SerializationException) {
                return true;
            }
            if (cause instanceof UnknownServerException) {
                return false;
            }
        }
        return false;
    }

    private void park(MongoCollection<Document> outbox, Object id, OutboxEntry entry, Throwable failure) {
        String reason = rootMessage(failure);
        outbox.updateOne(Filters.eq("_id", id), Updates.set(PARKED, new Document("eventId", entry.eventId())
                .append("eventType", entry.eventType()).append("reason", reason)
                .append("at", Date.from(clock.instant()))));
        parkings.increment();
        log.error("Parked {} {} of {} '{}': the broker can never accept it ({}). Later events of '{}' wait behind "
                        + "it; every other aggregate goes on. Release it with POST /api/v1/admin/outbox/parked once fixed.",
                entry.eventType(), entry.eventId(), outbox.getNamespace().getCollectionName(), id, reason, id);
    }

    private void backOff(MongoCollection<Document> outbox, Object id, OutboxEntry entry, Throwable failure, int attempts) {
        failures.increment();
        lastFailure = "event " + entry.eventId() + " to " + entry.topic() + ": " + rootMessage(failure);
        long delay = Math.min(MAX_BACKOFF.toMillis(), 200L << Math.min(attempts, 10));
        outbox.updateOne(Filters.eq("_id", id), Updates.set(RETRY, new Document("attempts", attempts)
                .append("nextAttemptAt", Date.from(clock.instant().plusMillis(delay)))
                .append("lastFailure", lastFailure)));
        log.warn("Outbox relay could not publish {} of '{}' ({}); it stays stored, next try in {} ms",
                entry.eventType(), id, rootMessage(failure), delay);
    }

    /** Nothing could be sent this round: wait a little rather than spin on a broker that is away. */
    private void pauseAfterFailure() {
        try {
            wakeUps.tryAcquire(IDLE_BACKOFF.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Bson notBackingOff(Instant now) {
        return Filters.or(Filters.exists(RETRY, false), Filters.lte(RETRY + ".nextAttemptAt", Date.from(now)));
    }

    private Bson claimable(Instant now) {
        return Filters.or(Filters.exists(LEASE, false), Filters.lt(LEASE + ".until", Date.from(now)),
                Filters.eq(LEASE + ".owner", instance));
    }

    /**
     * Claims each due aggregate no other instance holds (one atomic write each, found by its id) and answers
     * those this instance now holds, with their outboxes as the claim found them.
     */
    private List<Document> claim(MongoCollection<Document> outbox, List<Object> due, Instant now) {
        List<Document> claimed = new ArrayList<>();
        for (Object id : due) {
            Document aggregate = outbox.findOneAndUpdate(Filters.and(Filters.eq("_id", id), claimable(now)),
                    Updates.set(LEASE, new Document("owner", instance).append("until", Date.from(now.plus(leaseDuration)))),
                    new FindOneAndUpdateOptions().projection(Projections.include(AggregateStore.OUTBOX, RETRY))
                            .returnDocument(ReturnDocument.AFTER));
            if (aggregate != null) {
                claimed.add(aggregate);
            }
        }
        return claimed;
    }

    /** Gives the leases back in one round trip; each write finds its aggregate by id. */
    private void release(MongoCollection<Document> outbox, List<Document> claimed) {
        if (!claimed.isEmpty()) {
            outbox.bulkWrite(claimed.stream().<WriteModel<Document>>map(aggregate -> new UpdateOneModel<>(
                    Filters.and(Filters.eq("_id", aggregate.get("_id")), Filters.eq(LEASE + ".owner", instance)),
                    Updates.unset(LEASE))).toList(), new BulkWriteOptions().ordered(false));
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

    /** Removes the acknowledged entry, once: the filter matches only while it is still there. */
    private WriteModel<Document> published(Object id, OutboxEntry entry) {
        metrics.counter("wps.outbox.published", "topic", entry.topic(), "eventType", entry.eventType()).increment();
        return new UpdateOneModel<>(
                Filters.and(Filters.eq("_id", id), Filters.eq(AggregateStore.OUTBOX + ".eventId", entry.eventId())),
                Updates.combine(
                        Updates.pull(AggregateStore.OUTBOX, new Document("eventId", entry.eventId())),
                        Updates.inc(AggregateStore.PENDING_EVENTS, -1),
                        Updates.unset(RETRY)));
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
