package org.wpsnetwork.kit.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.wpsnetwork.kit.config.ServiceKitProperties;
import org.wpsnetwork.kit.lifecycle.RetriedUntilDone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Creates the event topics (and their dead-letter topics) this deployment needs, in the background from the
 * moment the service starts and for as long as the broker takes to answer: a service started during a broker
 * outage stays up, not ready ({@link BrokerHealthIndicator}), and becomes ready once the broker returns.
 */
public class TopicProvisioning implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioning.class);

    private final Map<String, Object> adminProperties;
    private final TopicNames names;
    private final ServiceKitProperties.Kafka settings;
    private final RetriedUntilDone provisioning = new RetriedUntilDone("create the event topics", this::provision,
            this::runWhenReady);
    private final List<Runnable> whenReady = new ArrayList<>();

    public TopicProvisioning(Map<String, Object> adminProperties, TopicNames names, ServiceKitProperties.Kafka settings) {
        this.adminProperties = adminProperties;
        this.names = names;
        this.settings = settings;
    }

    /** Whether every topic exists with a leader for each partition. */
    public boolean ready() {
        return provisioning.done();
    }

    /**
     * Runs {@code action} once every topic exists: now if they do, else on the thread that creates them (so
     * what needs the broker, like the consumers, starts when it returns).
     */
    public void whenReady(Runnable action) {
        synchronized (whenReady) {
            if (!ready()) {
                whenReady.add(action);
                return;
            }
        }
        action.run();
    }

    /** Early, before the consumers and the relay start. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    /** Creates the topics before anything uses them when the broker answers; otherwise goes on trying in the background. */
    @Override
    public void start() {
        provisioning.start();
    }

    @Override
    public void stop() {
        provisioning.stop();
    }

    @Override
    public boolean isRunning() {
        return provisioning.done() || provisioning.trying();
    }

    private void provision() throws InterruptedException {
        try (Admin admin = Admin.create(adminProperties)) {
            TopicProvisioner.ensure(admin, TopicProvisioner.eventTopics(names, settings.partitions(),
                    settings.replicationFactor(), settings.maxEventSize().toBytes()), settings.provisioningTimeout());
        }
        log.info("Event topics ready at {}", adminProperties.get("bootstrap.servers"));
    }

    private void runWhenReady() {
        List<Runnable> actions;
        synchronized (whenReady) {
            actions = List.copyOf(whenReady);
            whenReady.clear();
        }
        actions.forEach(Runnable::run);
    }
}
