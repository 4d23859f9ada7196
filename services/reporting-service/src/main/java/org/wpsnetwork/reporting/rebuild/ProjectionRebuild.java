package org.wpsnetwork.reporting.rebuild;

import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wpsnetwork.contracts.EventCodec;
import org.wpsnetwork.contracts.EventEnvelope;
import org.wpsnetwork.contracts.Topics;
import org.wpsnetwork.kit.kafka.TopicNames;
import org.wpsnetwork.kit.mongo.DatabaseFailures;
import org.wpsnetwork.kit.projection.Projection;
import org.wpsnetwork.reporting.members.MemberViews;
import org.wpsnetwork.reporting.views.MaterialisedViews;
import org.wpsnetwork.reporting.views.NetworkViews;
import org.wpsnetwork.reporting.views.ViewSources;
import org.wpsnetwork.reporting.views.ViewStore;
import org.wpsnetwork.reporting.views.ViewsBeyondEvents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Rebuilds every view from the log without stopping the service: replays each topic from offset 0 into a fresh
 * generation while the current one keeps serving, materialises the member and network views once, catches up with
 * what arrived meanwhile, then, while the consumers wait between two batches, applies the last events and switches
 * every view at once; the old generation is dropped after a grace period (for reads that began on it).
 *
 * <p>The replay reads the topics with its own consumer (assigned partitions, no group: the service's offsets are
 * untouched) and applies each poll's events to the same projections the consumers run, which conflate and write in
 * bulk. An event that cannot be applied is counted as skipped (the consumers set it aside as a dead letter when it
 * first came). One rebuild at a time, in one instance of the service.
 */
@Component
public class ProjectionRebuild {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);
    /** Catch-up rounds before the switch stop once fewer events than this were left. */
    private static final long SWITCH_WHEN_BEHIND_BY = 500;
    private static final int MAX_CATCH_UP_ROUNDS = 5;

    private final ViewStore store;
    private final ViewSources sources;
    private final MaterialisedViews materialised;
    private final MemberViews members;
    private final NetworkViews network;
    private final ObjectProvider<ViewsBeyondEvents> beyondEvents;
    private final EventCodec codec;
    private final TopicNames topicNames;
    private final Map<String, Object> consumerProperties;
    private final Clock clock;
    private final Duration dropAfter;
    private final AtomicReference<RebuildProgress.Tracker> running = new AtomicReference<>();
    private volatile RebuildProgress.Tracker last;

    ProjectionRebuild(ViewStore store, ViewSources sources, MaterialisedViews materialised, MemberViews members,
                      NetworkViews network, ObjectProvider<ViewsBeyondEvents> beyondEvents, EventCodec codec,
                      TopicNames topicNames, KafkaProperties kafka, Clock clock,
                      @Value("${wps.reporting.rebuild.drop-old-after:PT5S}") Duration dropAfter) {
        this.store = store;
        this.sources = sources;
        this.materialised = materialised;
        this.members = members;
        this.network = network;
        this.beyondEvents = beyondEvents;
        this.codec = codec;
        this.topicNames = topicNames;
        this.clock = clock;
        this.dropAfter = dropAfter;
        Map<String, Object> properties = new HashMap<>(kafka.buildConsumerProperties());
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        properties.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 64 * 1024 * 1024);
        properties.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-rebuild");
        this.consumerProperties = Map.copyOf(properties);
    }

    /** Starts a rebuild; empty if one is running already. */
    public Optional<RebuildProgress> start(String requestedBy) {
        RebuildProgress.Tracker tracker = new RebuildProgress.Tracker(clock, requestedBy);
        if (!running.compareAndSet(null, tracker)) {
            return Optional.empty();
        }
        last = tracker;
        Thread thread = new Thread(() -> run(tracker), "projection-rebuild");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(tracker.progress());
    }

    /** The running rebuild's progress, else the last one's since the service started; empty before any. */
    public Optional<RebuildProgress> progress() {
        RebuildProgress.Tracker tracker = last;
        return tracker == null ? Optional.empty() : Optional.of(tracker.progress());
    }

    /** A generation that a rebuild was filling when the service stopped serves nobody: dropped at start. */
    @EventListener(ApplicationReadyEvent.class)
    void dropAbandoned() {
        try {
            for (String name : store.abandoned()) {
                log.info("Dropping {}, left by a rebuild that did not finish", name);
                store.dropDatabase(name);
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for generations left by an unfinished rebuild ({})", e.toString());
        }
    }

    private void run(RebuildProgress.Tracker tracker) {
        MongoDatabase fresh = null;
        boolean switched = false;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties)) {
            fresh = store.prepare(store.newGenerationName(clock.millis()));
            tracker.database(fresh.getName(), store.current().getName());
            log.info("Rebuild started by {}: replaying every topic into {} while {} serves", tracker.requestedBy(),
                    fresh.getName(), store.current().getName());
            Map<TopicPartition, String> partitions = assign(consumer);
            Map<TopicPartition, Long> targets = consumer.endOffsets(partitions.keySet());
            tracker.totals(totalsByTopic(partitions, consumer.beginningOffsets(partitions.keySet()), targets));
            MongoDatabase target = fresh;
            store.writingTo(target, () -> {
                replay(consumer, partitions, targets, tracker, false);
                tracker.phase(RebuildProgress.Phase.MATERIALISING);
                members.refreshAll();
                network.rewriteNow();
                beyondEvents.orderedStream().forEach(ViewsBeyondEvents::rewrite);
                tracker.phase(RebuildProgress.Phase.CATCHING_UP);
                for (int round = 0; round < MAX_CATCH_UP_ROUNDS; round++) {
                    if (replay(consumer, partitions, consumer.endOffsets(partitions.keySet()), tracker, true)
                            < SWITCH_WHEN_BEHIND_BY) {
                        break;
                    }
                }
                return null;
            });
            tracker.phase(RebuildProgress.Phase.SWITCHING);
            // The last events, while the consumers wait: what they applied to the old generation is then here too.
            MongoDatabase previous = store.switchTo(fresh,
                    () -> replay(consumer, partitions, consumer.endOffsets(partitions.keySet()), tracker, true));
            switched = true;
            tracker.phase(RebuildProgress.Phase.DROPPING_OLD);
            Thread.sleep(dropAfter.toMillis());
            store.drop(previous);
            tracker.done();
            log.info("Rebuild done: {} serves; {}", fresh.getName(), tracker.progress().summary());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tracker.failed("interrupted");
        } catch (RuntimeException e) {
            String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
            tracker.failed(switched ? "after the switch (the rebuilt views serve; the old ones could not be "
                    + "dropped): " + reason : reason);
            log.warn("Rebuild failed{}: {}", switched ? " after the switch" : ", the current views keep serving",
                    reason, e);
            if (!switched && fresh != null) {
                dropQuietly(fresh);
            }
        } finally {
            running.set(null);
        }
    }

    private Map<TopicPartition, String> assign(KafkaConsumer<byte[], byte[]> consumer) {
        Map<TopicPartition, String> partitions = new LinkedHashMap<>();
        for (String topic : Topics.ALL) {
            List<PartitionInfo> infos = consumer.partitionsFor(topicNames.resolve(topic));
            for (PartitionInfo info : infos == null ? List.<PartitionInfo>of() : infos) {
                partitions.put(new TopicPartition(info.topic(), info.partition()), topic);
            }
        }
        consumer.assign(partitions.keySet());
        consumer.seekToBeginning(partitions.keySet());
        return partitions;
    }

    private static Map<String, Long> totalsByTopic(Map<TopicPartition, String> partitions,
                                                   Map<TopicPartition, Long> beginnings,
                                                   Map<TopicPartition, Long> ends) {
        Map<String, Long> totals = new LinkedHashMap<>();
        Topics.ALL.forEach(topic -> totals.put(topic, 0L));
        partitions.forEach((partition, topic) -> totals.merge(topic, ends.get(partition) - beginnings.get(partition),
                Long::sum));
        return totals;
    }

    /**
     * Polls until every partition reached its target, applying each poll's events per topic; answers how many
     * events it applied. {@code materialising}: the member and network views follow each batch (after the first
     * materialisation), else they are made once at the end of the replay.
     */
    private long replay(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, String> partitions,
                        Map<TopicPartition, Long> targets, RebuildProgress.Tracker tracker, boolean materialising) {
        long applied = 0;
        if (materialising) {
            tracker.extendTotals(targets, partitions, consumer::position);
        }
        Instant nextLog = clock.instant().plus(LOG_EVERY);
        while (behind(consumer, targets)) {
            ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
            Map<String, List<EventEnvelope<?>>> byTopic = new LinkedHashMap<>();
            for (ConsumerRecord<byte[], byte[]> record : records) {
                String topic = partitions.get(new TopicPartition(record.topic(), record.partition()));
                try {
                    byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(codec.decode(record.value()));
                } catch (RuntimeException e) {
                    tracker.skipped(topic, 1); // unreadable: a dead letter of the consumers already
                }
            }
            for (Map.Entry<String, List<EventEnvelope<?>>> batch : byTopic.entrySet()) {
                List<Projection> projections = materialising
                        ? sources.withMaterialised(batch.getKey(), materialised) : sources.of(batch.getKey());
                int skipped = apply(projections, batch.getValue());
                tracker.replayed(batch.getKey(), batch.getValue().size() - skipped);
                tracker.skipped(batch.getKey(), skipped);
                applied += batch.getValue().size();
            }
            if (clock.instant().isAfter(nextLog)) {
                log.info("Rebuild: {}", tracker.progress().summary());
                nextLog = clock.instant().plus(LOG_EVERY);
            }
        }
        return applied;
    }

    private static boolean behind(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> targets) {
        Set<TopicPartition> assigned = consumer.assignment();
        return targets.entrySet().stream().anyMatch(t -> assigned.contains(t.getKey())
                && consumer.position(t.getKey()) < t.getValue());
    }

    /** Applies a batch in bulk, or, when that fails, one event at a time; answers how many could not be applied. */
    private static int apply(List<Projection> projections, List<EventEnvelope<?>> events) {
        try {
            projections.forEach(projection -> projection.apply(events));
            return 0;
        } catch (RuntimeException batchFailed) {
            if (DatabaseFailures.unavailable(batchFailed)) {
                throw batchFailed; // nothing to skip: the rebuild fails, the current views keep serving
            }
            int skipped = 0;
            for (EventEnvelope<?> event : events) {
                try {
                    projections.forEach(projection -> projection.apply(List.of(event)));
                } catch (RuntimeException e) {
                    if (DatabaseFailures.unavailable(e)) {
                        throw e;
                    }
                    skipped++;
                    log.warn("Rebuild skips {} {} v{}: {}", event.eventType(), event.aggregateKey(),
                            event.aggregateVersion(), e.toString());
                }
            }
            return skipped;
        }
    }

    private void dropQuietly(MongoDatabase database) {
        try {
            store.dropDatabase(database.getName());
        } catch (RuntimeException e) {
            log.warn("Could not drop {} ({}); it is dropped at the next start", database.getName(), e.toString());
        }
    }
}
