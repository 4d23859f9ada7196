package org.wpsnetwork.reporting.rebuild;

import org.apache.kafka.common.TopicPartition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Where a rebuild stands, as {@code GET /api/v1/admin/projections/rebuild} answers it.
 *
 * @param phase            REPLAYING the topics into {@code database}, MATERIALISING the member and network views,
 *                         CATCHING_UP with events that arrived meanwhile, SWITCHING every view to it, DROPPING_OLD
 *                         {@code replacing} after a grace period, then DONE; or FAILED with {@code failure}
 * @param topics           per contract topic: events replayed, of the total in the log (it grows while the rebuild
 *                         catches up), and events that could not be applied (skipped)
 * @param eventsPerSecond  the replay's rate: events replayed by the time of the last one, from the start
 * @param etaSeconds       at that rate, how long until every event is replayed; null once done or before a rate
 */
public record RebuildProgress(Phase phase, String requestedBy, Instant startedAt, Instant finishedAt, String database,
                              String replacing, List<TopicProgress> topics, long replayed, long total,
                              long eventsPerSecond, Long etaSeconds, String failure) {

    public enum Phase { REPLAYING, MATERIALISING, CATCHING_UP, SWITCHING, DROPPING_OLD, DONE, FAILED }

    public record TopicProgress(String topic, long replayed, long total, long skipped) {
    }

    public boolean finished() {
        return phase == Phase.DONE || phase == Phase.FAILED;
    }

    /** One line for the log. */
    String summary() {
        return phase + ", " + replayed + " of " + total + " events replayed at " + eventsPerSecond + "/s" + (etaSeconds == null ? "" : ", about " + etaSeconds + " s to go");
    }

    /** The rebuild thread's record of its progress, read by anyone. */
    static final class Tracker {

        private final Clock clock;
        private final String requestedBy;
        private final Instant startedAt;
        private final Map<String, long[]> byTopic = new LinkedHashMap<>(); // replayed, total, skipped
        private Phase phase = Phase.REPLAYING;
        private Instant finishedAt;
        private Instant lastReplayedAt;
        private String database;
        private String replacing;
        private String failure;

        Tracker(Clock clock, String requestedBy) {
            this.clock = clock;
            this.requestedBy = requestedBy;
            this.startedAt = clock.instant();
        }

        String requestedBy() {
            return requestedBy;
        }

        synchronized void database(String database, String replacing) {
            this.database = database;
            this.replacing = replacing;
        }

        synchronized void totals(Map<String, Long> totals) {
            totals.forEach((topic, total) -> byTopic.put(topic, new long[]{0, total, 0}));
        }

        /** Raises each topic's total to what is replayed so far plus what its partitions hold beyond their position. */
        synchronized void extendTotals(Map<TopicPartition, Long> targets, Map<TopicPartition, String> partitions,
                                       ToLongFunction<TopicPartition> position) {
            Map<String, Long> ahead = new LinkedHashMap<>();
            targets.forEach((partition, target) -> ahead.merge(partitions.get(partition),
                    Math.max(0, target - position.applyAsLong(partition)), Long::sum));
            ahead.forEach((topic, more) -> {
                long[] counts = byTopic.computeIfAbsent(topic, t -> new long[3]);
                counts[1] = Math.max(counts[1], counts[0] + counts[2] + more);
            });
        }

        synchronized void replayed(String topic, long events) {
            byTopic.computeIfAbsent(topic, t -> new long[3])[0] += events;
            lastReplayedAt = clock.instant();
        }

        synchronized void skipped(String topic, long events) {
            byTopic.computeIfAbsent(topic, t -> new long[3])[2] += events;
        }

        synchronized void phase(Phase next) {
            phase = next;
        }

        synchronized void done() {
            phase = Phase.DONE;
            finishedAt = clock.instant();
        }

        synchronized void failed(String reason) {
            phase = Phase.FAILED;
            failure = reason;
            finishedAt = clock.instant();
        }

        synchronized RebuildProgress progress() {
            List<TopicProgress> topics = new ArrayList<>();
            long replayed = 0;
            long total = 0;
            for (Map.Entry<String, long[]> entry : byTopic.entrySet()) {
                long[] counts = entry.getValue();
                topics.add(new TopicProgress(entry.getKey(), counts[0], counts[1], counts[2]));
                replayed += counts[0] + counts[2];
                total += counts[1];
            }
            Instant until = lastReplayedAt != null ? lastReplayedAt : clock.instant();
            double seconds = Math.max(0.001, Duration.between(startedAt, until).toMillis() / 1000.0);
            double rate = replayed / seconds;
            Long eta = finishedAt != null || rate <= 0 ? null : Math.round(Math.max(0, total - replayed) / rate);
            return new RebuildProgress(phase, requestedBy, startedAt, finishedAt, database, replacing,
                    List.copyOf(topics), replayed, total, Math.round(rate), eta, failure);
        }
    }
}
