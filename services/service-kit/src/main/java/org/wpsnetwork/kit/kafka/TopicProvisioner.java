package org.wpsnetwork.kit.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.TopicExistsException;
import org.wpsnetwork.contracts.Topics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Creates the event topics and their dead-letter companions before anything uses them, and waits until
 * every partition has a leader. Freshly auto-created topics lost records on this Kafka version, so nothing
 * relies on auto-creation. Plain kafka-clients code: the launcher uses it too.
 */
public final class TopicProvisioner {

    /** Kept forever: the topics are the log every read model is rebuilt from. */
    private static final Map<String, String> EVENT_TOPIC_CONFIG = Map.of(
            "retention.ms", "-1",
            "retention.bytes", "-1",
            "cleanup.policy", "delete");

    /**
     * The largest event, by default: producers' max.request.size, topics' max.message.bytes and the stores' check
     * (property {@code wps.kafka.max-event-size}). Four times the largest request body, since an event carries the
     * whole aggregate.
     */
    public static final String DEFAULT_MAX_EVENT_SIZE = "4MB";
    /** {@link #DEFAULT_MAX_EVENT_SIZE} in bytes, for the launcher, which has no Spring to parse it. */
    public static final long DEFAULT_MAX_EVENT_BYTES = 4L * 1024 * 1024;

    private static final String MAX_MESSAGE_BYTES = "max.message.bytes";

    private TopicProvisioner() {
    }

    /**
     * Every event topic of the contracts and its dead-letter topic, with names resolved for this deployment.
     *
     * @param maxEventBytes the largest record a topic takes: the same limit the producers and the stores apply
     */
    public static List<NewTopic> eventTopics(TopicNames names, int partitions, short replicationFactor, long maxEventBytes) {
        Map<String, String> config = new HashMap<>(EVENT_TOPIC_CONFIG);
        config.put(MAX_MESSAGE_BYTES, String.valueOf(maxEventBytes));
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            for (String name : List.of(topic, Topics.deadLetterTopicOf(topic))) {
                topics.add(new NewTopic(names.resolve(name), partitions, replicationFactor).configs(config));
            }
        }
        return topics;
    }

    /**
     * Creates whichever of {@code topics} do not exist and waits for their partition leaders.
     *
     * @throws IllegalStateException when the broker does not answer, or leaders are missing, within {@code timeout}
     */
    public static void ensure(Admin admin, List<NewTopic> topics, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> names = topics.stream().map(NewTopic::name).collect(Collectors.toCollection(TreeSet::new));
        String lastProblem = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                createMissing(admin, topics, deadline);
                if (allPartitionsLed(admin, names, deadline)) {
                    return;
                }
                lastProblem = "partitions without a leader";
            } catch (ExecutionException | TimeoutException e) {
                lastProblem = e.getCause() != null ? e.getCause().getMessage() : e.toString();
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("Kafka topics " + names + " not ready within " + timeout + ": " + lastProblem);
    }

    private static void createMissing(Admin admin, List<NewTopic> topics, long deadline)
            throws InterruptedException, ExecutionException, TimeoutException {
        Set<String> existing = admin.listTopics().names().get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
        List<NewTopic> missing = topics.stream().filter(topic -> !existing.contains(topic.name())).toList();
        updateSizeLimit(admin, topics.stream().filter(topic -> existing.contains(topic.name())).toList(), deadline);
        if (missing.isEmpty()) {
            return;
        }
        for (var result : admin.createTopics(missing).values().values()) {
            try {
                result.get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                // Another service created it in the meantime: that is the goal.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
    }

    /** Topics created by an earlier build keep their retention; their size limit follows this build's. */
    private static void updateSizeLimit(Admin admin, List<NewTopic> topics, long deadline)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<ConfigResource, Collection<AlterConfigOp>> changes = new HashMap<>();
        for (NewTopic topic : topics) {
            String limit = topic.configs().get(MAX_MESSAGE_BYTES);
            if (limit != null) {
                changes.put(new ConfigResource(ConfigResource.Type.TOPIC, topic.name()),
                        List.of(new AlterConfigOp(new ConfigEntry(MAX_MESSAGE_BYTES, limit), AlterConfigOp.OpType.SET)));
            }
        }
        if (!changes.isEmpty()) {
            admin.incrementalAlterConfigs(changes).all().get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
        }
    }

    private static boolean allPartitionsLed(Admin admin, Set<String> names, long deadline)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames()
                .get(remainingMillis(deadline), TimeUnit.MILLISECONDS);
        return descriptions.values().stream()
                .flatMap(description -> description.partitions().stream())
                .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
    }

    private static long remainingMillis(long deadline) {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
    }
}
