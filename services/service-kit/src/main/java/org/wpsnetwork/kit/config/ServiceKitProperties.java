package org.wpsnetwork.kit.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.wpsnetwork.kit.kafka.TopicProvisioner;

import java.time.Duration;

/** Settings shared by every service, under {@code wps.*}. */
@ConfigurationProperties("wps")
public record ServiceKitProperties(
        @DefaultValue Kafka kafka,
        @DefaultValue Outbox outbox,
        @DefaultValue Mongodb mongodb,
        @DefaultValue Http http,
        @DefaultValue Projection projection,
        @DefaultValue Security security) {

    /**
     * @param topicPrefix        put before every contract topic name; lets deployments share a cluster
     * @param partitions         partitions of each event topic when this service creates it
     * @param replicationFactor  1 on a single broker; 3 on a real cluster
     * @param provisioningTimeout how long start-up waits for the broker and topic leaders before it goes on without
     *                            them (not ready, still trying)
     * @param maxEventSize       the largest event: the producer's max.request.size and each topic's
     *                            max.message.bytes; a change that would make a larger one is refused before it is stored
     */
    public record Kafka(
            @DefaultValue("") String topicPrefix,
            @DefaultValue("6") int partitions,
            @DefaultValue("1") short replicationFactor,
            @DefaultValue("60s") Duration provisioningTimeout,
            @DefaultValue(TopicProvisioner.DEFAULT_MAX_EVENT_SIZE) DataSize maxEventSize) {
    }

    /**
     * @param pollInterval how often the relay looks for stored events when nothing woke it
     * @param batchSize    aggregates the relay reads per round and outbox
     * @param sendTimeout  how long it waits for the broker to acknowledge
     * @param lease        how long an instance holds an aggregate it publishes; another instance takes over after
     * @param shutdownFlush how long a stopping service goes on publishing what its last requests stored
     */
    public record Outbox(
            @DefaultValue("500ms") Duration pollInterval,
            @DefaultValue("500") int batchSize,
            @DefaultValue("30s") Duration sendTimeout,
            @DefaultValue("30s") Duration lease,
            @DefaultValue("10s") Duration shutdownFlush) {
    }

    /** @param database the service's own database */
    public record Mongodb(@DefaultValue("wps") String database) {
    }

    /**
     * @param maxRequestBody larger request bodies get 413
     * @param maxUploadBody  the same for multipart uploads, in a service that takes them (0: none does)
     */
    public record Http(@DefaultValue("1MB") DataSize maxRequestBody, @DefaultValue("0B") DataSize maxUploadBody) {
    }

    /**
     * @param maxAttempts how often a consumer tries one event that fails (for any reason but the database being
     *                    away) before it sets the event aside as a dead letter
     * @param retryPause  the pause before the second try, doubled for each later one
     * @param stalledAfter how long a consumer may fail (the database away) before health calls it stalled
     */
    /**
     * @param issuerUri the identity provider's issuer: tokens must name it; its keys are found from it
     * @param jwkSetUri where the keys are when the issuer's address is not reachable from here (containers)
     * @param publicKey an RSA public key in PEM to trust instead (tests)
     * @param audience  what every token must be meant for
     */
    public record Security(@DefaultValue("") String issuerUri, @DefaultValue("") String jwkSetUri,
                           @DefaultValue("") String publicKey, @DefaultValue("wps-api") String audience) {
    }

    public record Projection(@DefaultValue("3") int maxAttempts, @DefaultValue("200ms") Duration retryPause,
                             @DefaultValue("60s") Duration stalledAfter) {
    }
}
