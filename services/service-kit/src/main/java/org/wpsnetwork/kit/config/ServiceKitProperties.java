package org.wpsnetwork.kit.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/** Settings shared by every service, under {@code wps.*}. */
@ConfigurationProperties("wps")
public record ServiceKitProperties(
        @DefaultValue Kafka kafka,
        @DefaultValue Outbox outbox,
        @DefaultValue Mongodb mongodb,
        @DefaultValue Http http) {

    /**
     * @param topicPrefix        put before every contract topic name; lets deployments share a cluster
     * @param partitions         partitions of each event topic when this service creates it
     * @param replicationFactor  1 on a single broker; 3 on a real cluster
     * @param provisioningTimeout how long start-up waits for the broker and topic leaders
     */
    public record Kafka(
            @DefaultValue("") String topicPrefix,
            @DefaultValue("6") int partitions,
            @DefaultValue("1") short replicationFactor,
            @DefaultValue("60s") Duration provisioningTimeout) {
    }

    /**
     * @param pollInterval how often the relay looks for stored events when nothing woke it
     * @param batchSize    aggregates the relay reads per round and outbox
     * @param sendTimeout  how long it waits for the broker to acknowledge
     */
    public record Outbox(
            @DefaultValue("500ms") Duration pollInterval,
            @DefaultValue("500") int batchSize,
            @DefaultValue("30s") Duration sendTimeout) {
    }

    /** @param database the service's own database */
    public record Mongodb(@DefaultValue("wps") String database) {
    }

    /** @param maxRequestBody larger request bodies get 413 */
    public record Http(@DefaultValue("1MB") DataSize maxRequestBody) {
    }
}
