package org.wpsnetwork.kit.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.wpsnetwork.kit.config.ServiceKitProperties;

import java.util.Map;

/**
 * Makes sure the event topics exist, with leaders, while the application context starts: before any binding
 * consumes or the outbox relay publishes. Start-up fails with a clear message if the broker is unreachable.
 */
public class TopicProvisioning implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(TopicProvisioning.class);

    private final Map<String, Object> adminProperties;
    private final TopicNames names;
    private final ServiceKitProperties.Kafka settings;

    public TopicProvisioning(Map<String, Object> adminProperties, TopicNames names, ServiceKitProperties.Kafka settings) {
        this.adminProperties = adminProperties;
        this.names = names;
        this.settings = settings;
    }

    @Override
    public void afterPropertiesSet() throws InterruptedException {
        long started = System.nanoTime();
        try (Admin admin = Admin.create(adminProperties)) {
            TopicProvisioner.ensure(admin, TopicProvisioner.eventTopics(names, settings.partitions(),
                    settings.replicationFactor()), settings.provisioningTimeout());
        }
        log.info("Event topics ready at {} ({} ms)", adminProperties.get("bootstrap.servers"),
                (System.nanoTime() - started) / 1_000_000);
    }
}
