package org.wpsnetwork.kit.projection;

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
 * Feeds batches from one topic into a set of projections. Unreadable records and events a projection can
 * never apply go to the dead-letter topic with the reason; event types this build does not know are skipped.
 * Anything else that fails (the database being away) is thrown, so the binder retries the whole batch with
 * back-off and commits no offset: offsets move only after the MongoDB writes succeeded.
 *
 * <p>Metrics: {@code wps.projection.events} by projection and outcome (applied, duplicate, ignored,
 * dead_lettered, failed) and {@code wps.projection.lag}, the time from an event occurring to it being applied.
 */
public class ProjectionRunner implements Consumer<Message<List<byte[]>>> {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRunner.class);
    /** One line per event, with its correlation id; tune this logger alone to quieten a busy consumer. */
    private static final Logger appliedLog = LoggerFactory.getLogger("org.wpsnetwork.kit.projection.applied");

    private final String consumer;
    private final List<Projection> projections;
    private final EventCodec codec;
    private final DeadLetterPublisher deadLetters;
    private final ProjectionCheckpoints checkpoints;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final Timer lag;

    public ProjectionRunner(String consumer, List<Projection> projections, EventCodec codec,
                            DeadLetterPublisher deadLetters, ProjectionCheckpoints checkpoints,
                            MeterRegistry metrics, Clock clock) {
        this.consumer = consumer;
        this.projections = List.copyOf(projections);
        this.codec = codec;
        this.deadLetters = deadLetters;
        this.checkpoints = checkpoints;
        this.metrics = metrics;
        this.clock = clock;
        this.lag = Timer.builder("wps.projection.lag")
                .description("Time from an event occurring to its being applied to the read models")
                .tag("consumer", consumer)
                .publishPercentileHistogram()
                .register(metrics);
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        process(IncomingRecord.fromBatch(batch));
    }

    public void process(List<IncomingRecord> records) {
        List<EventEnvelope<?>> events = new ArrayList<>(records.size());
        List<IncomingRecord> sources = new ArrayList<>(records.size());
        for (IncomingRecord record : records) {
            try {
                events.add(codec.decode(record.value()));
                sources.add(record);
            } catch (UnknownEventTypeException e) {
                count(consumer, "ignored", 1);
                log.debug("Skipping {}: {}", record, e.getMessage());
            } catch (UnreadableEventException e) {
                deadLetter(record, e.getMessage());
            }
        }
        if (events.isEmpty()) {
            return;
        }
        try {
            applyAll(events, sources);
        } catch (RuntimeException e) {
            count(consumer, "failed", events.size());
            throw e;
        }
    }

    private void applyAll(List<EventEnvelope<?>> events, List<IncomingRecord> sources) {
        while (!events.isEmpty()) {
            try {
                Map<String, List<Outcome>> outcomes = new LinkedHashMap<>();
                for (Projection projection : projections) {
                    List<Outcome> result = projection.apply(events);
                    if (result.size() != events.size()) {
                        throw new IllegalStateException(projection.name() + " returned " + result.size()
                                + " outcomes for " + events.size() + " events");
                    }
                    outcomes.put(projection.name(), result);
                }
                report(events, outcomes);
                return;
            } catch (UnapplicableEventException e) {
                int index = indexOf(events, e.event());
                if (index < 0) {
                    throw e;
                }
                deadLetter(sources.get(index), e.getMessage());
                events.remove(index);
                sources.remove(index);
            }
        }
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

    private void deadLetter(IncomingRecord record, String reason) {
        deadLetters.publish(record, consumer, reason);
        count(consumer, "dead_lettered", 1);
        log.warn("Dead-lettered {} to {}: {}", record, Topics.deadLetterTopicOf(record.topic()),
                reason);
    }

    private void count(String projection, String outcome, long amount) {
        metrics.counter("wps.projection.events", "projection", projection, "outcome", outcome).increment(amount);
    }

    private static int indexOf(List<EventEnvelope<?>> events, EventEnvelope<?> event) {
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == event) {
                return i;
            }
        }
        return -1;
    }
}
