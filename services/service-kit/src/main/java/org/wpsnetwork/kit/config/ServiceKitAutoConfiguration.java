package org.wpsnetwork.kit.config;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.cloud.stream.config.ListenerContainerCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import org.wpsnetwork.contracts.EventCodec;
import org.wpsnetwork.kit.correlation.CorrelationIdFilter;
import org.wpsnetwork.kit.events.EventFactory;
import org.wpsnetwork.kit.input.StrictInputModule;
import org.wpsnetwork.kit.input.StrictParameters;
import org.wpsnetwork.kit.kafka.BrokerHealthIndicator;
import org.wpsnetwork.kit.security.SecurityConfiguration;
import org.wpsnetwork.kit.kafka.ConsumerBindingsStart;
import org.wpsnetwork.kit.kafka.TopicNames;
import org.wpsnetwork.kit.kafka.TopicProvisioning;
import org.wpsnetwork.kit.lifecycle.ParentProcessWatch;
import org.wpsnetwork.kit.mongo.DocumentMapper;
import org.wpsnetwork.kit.mongo.IndexPlan;
import org.wpsnetwork.kit.mongo.MongoPingHealthIndicator;
import org.wpsnetwork.kit.mongo.UnreadableDocuments;
import org.wpsnetwork.kit.admin.UnreadableRecordsController;
import org.wpsnetwork.kit.outbox.OutboxRelay;
import org.wpsnetwork.kit.outbox.OutboxRelayHealthIndicator;
import org.wpsnetwork.kit.outbox.OutboxSupport;
import org.wpsnetwork.kit.outbox.RestatableRecords;
import org.wpsnetwork.kit.projection.DeadLetters;
import org.wpsnetwork.kit.projection.ProjectionRunner;
import org.wpsnetwork.kit.projection.ProjectionRunners;
import org.wpsnetwork.kit.projection.SourceFreshness;
import org.wpsnetwork.kit.admin.DeadLettersController;
import org.wpsnetwork.kit.admin.ParkedEventsController;
import org.wpsnetwork.kit.projection.ProjectionCheckpoints;
import org.wpsnetwork.kit.web.ProblemErrorController;
import org.wpsnetwork.kit.web.ProblemHandler;
import org.wpsnetwork.kit.web.ProblemReportValve;
import org.wpsnetwork.kit.web.ProblemResponsesOpenApiCustomizer;
import org.wpsnetwork.kit.web.RequestBodyLimitFilter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.type.LogicalType;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Everything a WPS service gets by depending on the kit. Runs before Spring Boot's error handling so that its
 * problem+json error controller replaces the default one.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@EnableConfigurationProperties(ServiceKitProperties.class)
@Import(SecurityConfiguration.class)
public class ServiceKitAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Bean
    DocumentMapper documentMapper() {
        return new DocumentMapper();
    }

    @Bean
    EventFactory eventFactory(@Value("${spring.application.name}") String service, Clock clock) {
        return new EventFactory(service, clock);
    }

    @Bean
    TopicNames topicNames(ServiceKitProperties properties) {
        return new TopicNames(properties.kafka().topicPrefix());
    }

    @Bean
    TopicProvisioning topicProvisioning(KafkaProperties kafka, TopicNames names, ServiceKitProperties properties) {
        return new TopicProvisioning(kafka.buildAdminProperties(), names, properties.kafka());
    }

    /** Consumers start once the event topics exist, so a service started during a broker outage is up at once. */
    @Bean
    static ConsumerBindingsStart consumerBindingsStart(ObjectProvider<TopicProvisioning> topicProvisioning) {
        return new ConsumerBindingsStart(topicProvisioning);
    }

    /** Health {@code broker}: part of readiness. */
    @Bean
    BrokerHealthIndicator brokerHealthIndicator(KafkaProperties kafka, TopicProvisioning topicProvisioning) {
        return new BrokerHealthIndicator(kafka.buildAdminProperties(), topicProvisioning);
    }

    /** Every event leaves through an idempotent producer waiting for all in-sync replicas, whatever the configuration says. */
    @Bean
    ProducerFactory<String, byte[]> eventProducerFactory(KafkaProperties kafka, ServiceKitProperties properties) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties());
        config.putIfAbsent(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) properties.kafka().maxEventSize().toBytes());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        return new DefaultKafkaProducerFactory<>(config);
    }

    @Bean
    KafkaTemplate<String, byte[]> eventKafkaTemplate(ProducerFactory<String, byte[]> eventProducerFactory) {
        return new KafkaTemplate<>(eventProducerFactory);
    }

    @Bean
    MongoDatabase serviceDatabase(MongoClient client, ServiceKitProperties properties) {
        return client.getDatabase(properties.mongodb().database());
    }

    /** Fail a request in seconds, not the driver's default 30 s or never, when the database is away or hangs. */
    @Bean
    MongoClientSettingsBuilderCustomizer promptMongoFailures() {
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout(5, TimeUnit.SECONDS)
                        // A database that hangs fails the request (503) instead of holding its thread for ever.
                        .readTimeout(10, TimeUnit.SECONDS));
    }

    @Bean
    MongoPingHealthIndicator mongodbHealthIndicator(MongoDatabase serviceDatabase) {
        return new MongoPingHealthIndicator(serviceDatabase);
    }

    @Bean
    IndexPlan indexPlan() {
        return new IndexPlan();
    }

    @Bean
    UnreadableDocuments unreadableDocuments(MongoDatabase serviceDatabase, MeterRegistry metrics, Clock clock) {
        return new UnreadableDocuments(serviceDatabase, metrics, clock);
    }

    @Bean
    RestatableRecords restatableRecords() {
        return new RestatableRecords();
    }

    @Bean
    UnreadableRecordsController unreadableRecordsController(UnreadableDocuments unreadableDocuments,
                                                            RestatableRecords restatableRecords, JsonMapper jsonMapper) {
        return new UnreadableRecordsController(unreadableDocuments, restatableRecords, jsonMapper);
    }

    @Bean
    DeadLetters deadLetters(KafkaTemplate<String, byte[]> eventKafkaTemplate, MongoDatabase serviceDatabase,
                            ServiceKitProperties properties, Clock clock, IndexPlan indexPlan) {
        return new DeadLetters(eventKafkaTemplate, serviceDatabase, properties.outbox().sendTimeout(), clock, indexPlan);
    }

    @Bean
    ProjectionRunners projectionRunners(EventCodec codec, DeadLetters deadLetters, ProjectionCheckpoints checkpoints,
                                        MeterRegistry metrics, Clock clock, ServiceKitProperties properties) {
        return new ProjectionRunners(codec, deadLetters, checkpoints, metrics, clock,
                properties.projection().maxAttempts(), properties.projection().retryPause());
    }

    /** Freshness per consumed topic, for the views; as health ({@code projections}), stalled consumers. */
    @Bean
    SourceFreshness projectionsHealthIndicator(ProjectionCheckpoints checkpoints, ObjectProvider<ProjectionRunner> runners,
                                               ServiceKitProperties properties) {
        return new SourceFreshness(checkpoints, runners, properties.projection().stalledAfter());
    }

    @Bean
    DeadLettersController deadLettersController(DeadLetters deadLetters, ObjectProvider<ProjectionRunner> runners) {
        return new DeadLettersController(deadLetters, runners);
    }

    @Bean
    ProjectionCheckpoints projectionCheckpoints(MongoDatabase serviceDatabase) {
        return new ProjectionCheckpoints(serviceDatabase);
    }

    /**
     * A batch that fails for a passing reason (database away) is retried with growing pauses, for as long as it
     * takes, and its offsets are not committed meanwhile. Poison records never get here: the projection runner
     * dead-letters them itself.
     */
    @Bean
    ListenerContainerCustomizer<AbstractMessageListenerContainer<?, ?>> retryFailedBatches() {
        return (container, destination, group) -> {
            ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
            backOff.setMaxInterval(Duration.ofSeconds(30).toMillis());
            container.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        };
    }

    @Bean
    CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }

    @Bean
    RequestBodyLimitFilter requestBodyLimitFilter(ServiceKitProperties properties) {
        return new RequestBodyLimitFilter(properties.http().maxRequestBody().toBytes(),
                properties.http().maxUploadBody().toBytes());
    }

    @Bean
    StrictParameters strictParameters() {
        return new StrictParameters();
    }

    @Bean
    ProblemHandler problemHandler() {
        return new ProblemHandler();
    }

    /**
     * Requests Tomcat refuses itself get problem+json too: its error report valve is replaced on the host, after
     * Spring Boot installed its own.
     */
    @Bean
    ProblemReportValve.Installer problemReportValve() {
        return new ProblemReportValve.Installer();
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    ProblemResponsesOpenApiCustomizer problemResponsesOpenApiCustomizer() {
        return new ProblemResponsesOpenApiCustomizer();
    }

    /** Request bodies are read strictly: unknown fields, duplicate keys, trailing junk and coerced scalars are errors. */
    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .addModule(new StrictInputModule())
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
    }

    @Bean
    @ConditionalOnProperty("wps.launcher.parent-pid")
    ParentProcessWatch parentProcessWatch(@Value("${wps.launcher.parent-pid}") long parentPid,
                                          ConfigurableApplicationContext context) {
        return new ParentProcessWatch(parentPid, context);
    }

    /** The write side: services that own aggregates. A pure read-model service sets {@code wps.outbox.enabled=false}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "wps.outbox.enabled", havingValue = "true", matchIfMissing = true)
    static class OutboxConfiguration {

        @Bean
        OutboxRelay outboxRelay(KafkaTemplate<String, byte[]> eventKafkaTemplate, TopicNames topicNames,
                                MeterRegistry metrics, Clock clock, ServiceKitProperties properties) {
            ServiceKitProperties.Outbox outbox = properties.outbox();
            return new OutboxRelay(eventKafkaTemplate, topicNames, metrics, clock, outbox.pollInterval(),
                    outbox.batchSize(), outbox.sendTimeout(), outbox.lease(), outbox.shutdownFlush());
        }

        @Bean
        OutboxSupport outboxSupport(MongoDatabase serviceDatabase, DocumentMapper mapper, EventFactory events,
                                    EventCodec codec, OutboxRelay relay, ServiceKitProperties properties,
                                    IndexPlan indexPlan, UnreadableDocuments unreadable,
                                    RestatableRecords restatable) {
            return new OutboxSupport(serviceDatabase, mapper, events, codec, relay,
                    properties.kafka().maxEventSize().toBytes(), indexPlan, unreadable, restatable);
        }

        @Bean
        OutboxRelayHealthIndicator outboxRelayHealthIndicator(OutboxRelay relay) {
            return new OutboxRelayHealthIndicator(relay);
        }

        @Bean
        ParkedEventsController parkedEventsController(OutboxRelay relay) {
            return new ParkedEventsController(relay);
        }
    }
}
