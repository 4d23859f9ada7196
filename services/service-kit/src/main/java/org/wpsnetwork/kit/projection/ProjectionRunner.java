package org.wpsnetwork.kit.projection;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.wpsnetwork.contracts.EventCodec;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.contracts.UnknownEventTypeException;
import org.wpsnetwork.contracts.UnreadableEventException;
import org.wpsnetwork.kit.correlation.CorrelationId;
import org.wpsnetwork.kit.mongo.DatabaseFailures;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Feeds batches from one topic into a set of projections. A batch is applied in bulk; when that fails for any
 * reason but the database being away, its events are applied one by one, and an event that still fails after
 * {@code maxAttempts} tries, or can never be applied, is set aside as a dead letter with its reason while the
 * rest of the topic goes on. Records that cannot be read, and event types this build does not know, are dead
 * letters too (never dropped): they can be replayed after a fix. A database that is away fails the whole batch,
 * so the binder retries it with back-off and commits no offset: offsets move only after the MongoDB writes.
 *
 * <p>Metrics: {@code wps.projection.events} by projection and outcome (applied, duplicate, ignored,
 * dead_lettered, failed), {@code wps.projection.lag} (event occurred → applied) and
 * {@code wps.projection.failing.seconds} (how long the consumer has been failing; 0 while it keeps up).
 */
public class ProjectionRunner implements Consumer<Message<List<byte[]>>> {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRunner.class);
    /** One line per event, with its correlation id; tune this logger alone to quieten a busy consumer. */
    private static final Logger appliedLog = LoggerFactory.getLogger("org.wpsnetwork.kit.projection.applied");

    /** How a dead letter fared when replayed. */
    public record Replay(String id, boolean applied, String reason) {
    }

    private final String consumer;
    private final List<Projection> projections;
    private final EventCodec codec;
    private final DeadLetters deadLetters;
    private final ProjectionCheckpoints checkpoints;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final Timer lag;
    private final int maxAttempts;
    private final Duration retryPause;
    private final BatchScope scope;

    private volatile Instant failingSince;
    private volatile String lastFailure;

    /**
     * @param maxAttempts how often one event is tried before it is dead-lettered
     * @param retryPause  the pause before the second try, doubled for each later one
     * @param scope       what each batch is applied inside of
     */
    public ProjectionRunner(String consumer, List<Projection> projections, EventCodec codec, DeadLetters deadLetters,
                            ProjectionCheckpoints checkpoints, MeterRegistry metrics, Clock clock, int maxAttempts,
                            Duration retryPause, BatchScope scope) {
        this.consumer = consumer;
        this.scope = scope;
        this.projections = List.copyOf(projections);
        this.codec = codec;
        this.deadLetters = deadLetters;
        this.checkpoints = checkpoints;
        this.metrics = metrics;
        this.clock = clock;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.retryPause = retryPause;
        this.lag = Timer.builder("wps.projection.lag")
                .description("Time from an event occurring to its being applied to the read models")
                .tag("consumer", consumer)
                .publishPercentileHistogram()
                .register(metrics);
        Gauge.builder("wps.projection.failing.seconds", this, runner -> runner.failingFor().toMillis() / 1000.0)
                .description("How long this consumer has been failing to apply its batches; 0 while it keeps up")
                .tag("consumer", consumer)
                .register(metrics);
    }

    public String consumer() {
        return consumer;
    }

    /** Since when every batch has failed (the database away), or null while the consumer keeps up. */
    public Instant failingSince() {
        return failingSince;
    }

    public String lastFailure() {
        return lastFailure;
    }

    Duration failingFor() {
        Instant since = failingSince;
        return since == null ? Duration.ZERO : Duration.between(since, clock.instant());
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        process(IncomingRecord.fromBatch(batch));
    }

    /** One batch at a time: the binder's one consumer thread, or a replay waiting for it (see {@link VersionGuard}). */
    public synchronized void process(List<IncomingRecord> records) {
        List<EventEnvelope<?>> events = new ArrayList<>(records.size());
        List<IncomingRecord> sources = new ArrayList<>(records.size());
        try {
            for (IncomingRecord record : records) {
                try {
                    events.add(codec.decode(record.value()));
                    sources.add(record);
                } catch (UnknownEventTypeException e) {
                    deadLetter(record, e.eventType(), e.getMessage() + ": produced by a newer build? Replay it once "
                            + "this consumer knows the type");
                } catch (UnreadableEventException e) {
                    deadLetter(record, null, e.getMessage());
                }
            }
            if (!events.isEmpty()) {
                applyBatch(events, sources);
            }
            failingSince = null;
            lastFailure = null;
        } catch (RuntimeException e) {
            count(consumer, "failed", events.size());
            failingSince = failingSince != null ? failingSince : clock.instant();
            lastFailure = rootMessage(e);
            throw e;
        }
    }

    /** Applies a dead letter again, after a fix, once the batch being applied is done; it stays a dead letter if it fails again. */
    public synchronized Replay replay(String id) {
        IncomingRecord record = deadLetters.record(id)
                .orElseThrow(() -> new IllegalArgumentException("No dead letter " + id));
        String reason;
        try {
            EventEnvelope<?> event = codec.decode(record.value());
            report(List.of(event), applyToAll(List.of(event)));
            deadLetters.replayed(id);
            log.info("Replayed dead letter {} ({} {} v{})", id, event.eventType(), event.aggregateKey(),
                    event.aggregateVersion());
            return new Replay(id, true, null);
        } catch (UnreadableEventException e) {
            reason = e.getMessage();
        } catch (RuntimeException e) {
            if (DatabaseFailures.unavailable(e)) {
                throw e;
            }
            reason = rootMessage(e);
        }
        deadLetters.replayFailed(id, reason);
        log.warn("Dead letter {} failed again: {}", id, reason);
        return new Replay(id, false, reason);
    }

    private void applyBatch(List<EventEnvelope<?>> events, List<IncomingRecord> sources) {
        try {
            report(events, applyToAll(events));
            return;
        } catch (RuntimeException e) {
            if (DatabaseFailures.unavailable(e)) {
                throw e;
            }
            log.warn("A batch of {} event(s) failed ({}); applying them one by one", events.size(), rootMessage(e));
        }
        for (int i = 0; i < events.size(); i++) {
            applyOne(events.get(i), sources.get(i));
        }
    }

    /** One event, tried up to {@code maxAttempts} times; set aside if it cannot be applied. */
    private void applyOne(EventEnvelope<?> event, IncomingRecord source) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                report(List.of(event), applyToAll(List.of(event)));
                return;
            } catch (UnapplicableEventException e) {
                deadLetter(source, event.eventType(), e.getMessage());
                return;
            } catch (RuntimeException e) {
                if (DatabaseFailures.unavailable(e)) {
                    throw e;
                }
                last = e;
                if (attempt < maxAttempts) {
                    pause(retryPause.multipliedBy(1L << Math.min(attempt - 1, 10)));
                }
            }
        }
        deadLetter(source, event.eventType(), "Failed " + maxAttempts + " times: " + rootMessage(last));
    }

    private Map<String, List<Outcome>> applyToAll(List<EventEnvelope<?>> events) {
        Map<String, List<Outcome>> outcomes = new LinkedHashMap<>();
        scope.around(() -> {
            for (Projection projection : projections) {
                List<Outcome> result = projection.apply(events);
                if (result.size() != events.size()) {
                    throw new IllegalStateException(projection.name() + " returned " + result.size()
                            + " outcomes for " + events.size() + " events");
                }
                outcomes.put(projection.name(), result);
            }
        });
        return outcomes;
    }

    private void report(List<EventEnvelope<?>> events, Map<String, List<Outcome>> outcomes) {
        Instant now = clock.instant();
        Instant newest = Instant.EPOCH;
        long applied = 0;
        for (int i = 0; i < events.size(); i++) {
            EventEnvelope<?> event = events.get(i);
            Map<String, Outcome> perProjection = new LinkedHashMap<>();
            for (Map.Entry<String, List<Outcome>> entry : outcomes.entrySet()) {
                Outcome outcome = entry.getValue().get(i);
                perProjection.put(entry.getKey(), outcome);
                count(entry.getKey(), outcome.name().toLowerCase(Locale.ROOT), 1);
            }
            boolean changedSomething = perProjection.containsValue(Outcome.APPLIED);
            if (changedSomething) {
                applied++;
                lag.record(Duration.between(event.occurredAt(), now).abs());
            }
            newest = event.occurredAt().isAfter(newest) ? event.occurredAt() : newest;
            logOutcome(event, perProjection, changedSomething, now);
        }
        checkpoints.advance(consumer, newest, now, applied);
    }

    private void logOutcome(EventEnvelope<?> event, Map<String, Outcome> perProjection, boolean changedSomething,
                            Instant now) {
        if (!appliedLog.isInfoEnabled()) {
            return;
        }
        try (CorrelationId.Scope ignored = CorrelationId.open(event.correlationId())) {
            String detail = perProjection.entrySet().stream()
                    .map(entry -> entry.getKey() + "=" + entry.getValue())
                    .collect(Collectors.joining(", "));
            appliedLog.info("{} {} {} v{} [{}], {} ms after it occurred",
                    changedSomething ? "Applied" : "Skipped (already applied)", event.eventType(),
                    event.aggregateKey(), event.aggregateVersion(), detail,
                    Duration.between(event.occurredAt(), now).toMillis());
        }
    }

    private void deadLetter(IncomingRecord record, String eventType, String reason) {
        if (deadLetters.deadLetter(record, consumer, eventType, reason)) {
            count(consumer, "dead_lettered", 1);
            log.warn("Dead-lettered {} to {}: {}", record, Topics.deadLetterTopicOf(record.topic()), reason);
        }
    }

    private void count(String projection, String outcome, long amount) {
        metrics.counter("wps.projection.events", "projection", projection, "outcome", outcome).increment(amount);
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying an event", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
