package org.wpsnetwork.kit.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.wpsnetwork.kit.config.ServiceKitProperties;

import java.time.Duration;
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
    private volatile boolean ready;
    private volatile Thread worker;

    public TopicProvisioning(Map<String, Object> adminProperties, TopicNames names, ServiceKitProperties.Kafka settings) {
        this.adminProperties = adminProperties;
        this.names = names;
        this.settings = settings;
    }

    /** Whether every topic exists with a leader for each partition. */
    public boolean ready() {
        return ready;
    }

    /** Early, before the consumers and the relay start. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE + 1000;
    }

    /** Creates the topics before anything uses them when the broker answers; otherwise goes on trying in the background. */
    @Override
    public synchronized void start() {
        if (!ready) {
            try (Admin admin = Admin.create(adminProperties)) {
                TopicProvisioner.ensure(admin, topics(), settings.provisioningTimeout());
                ready = true;
                log.info("Event topics ready at {}", adminProperties.get("bootstrap.servers"));
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Broker at {} not reachable to create the event topics ({}); starting without it, not ready",
                        adminProperties.get("bootstrap.servers"), e.getMessage());
            }
        }
        if (worker == null && !ready) {
            worker = new Thread(this::provision, "topic-provisioning");
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
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private List<NewTopic> topics() {
        return TopicProvisioner.eventTopics(names, settings.partitions(), settings.replicationFactor(),
                settings.maxEventSize().toBytes());
    }

    private void provision() {
        long started = System.nanoTime();
        int attempt = 0;
        while (worker == Thread.currentThread() && !ready) {
            attempt++;
            try (Admin admin = Admin.create(adminProperties)) {
                TopicProvisioner.ensure(admin, topics(), settings.provisioningTimeout());
                ready = true;
                log.info("Event topics ready at {} ({} ms)", adminProperties.get("bootstrap.servers"),
                        (System.nanoTime() - started) / 1_000_000);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                Duration pause = Duration.ofSeconds(Math.min(30, 2L * attempt));
                log.warn("Broker at {} not reachable to create the event topics ({}); not ready, retrying in {} s",
                        adminProperties.get("bootstrap.servers"), e.getMessage(), pause.toSeconds());
                try {
                    Thread.sleep(pause.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }
}
