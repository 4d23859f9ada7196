package org.wpsnetwork.testsupport;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Points a Spring test context at the shared {@link TestInfrastructure}, isolated from every other context
 * in the JVM by a topic prefix and a database of its own. Use with
 * {@code @ContextConfiguration(initializers = WpsTestInfrastructure.class)}.
 */
public class WpsTestInfrastructure implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger CONTEXTS = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure.Endpoints endpoints = TestInfrastructure.get();
        int n = CONTEXTS.incrementAndGet();
        String application = context.getEnvironment().getProperty("spring.application.name", "service");
        TestPropertyValues.of(
                "wps.kafka.bootstrap-servers=" + endpoints.kafkaBootstrapServers(),
                "spring.mongodb.uri=" + endpoints.mongoUri(),
                "wps.mongodb.database=test" + n + "-" + application,
                "wps.kafka.topic-prefix=test" + n + ".",
                "wps.kafka.partitions=2",
                "wps.outbox.poll-interval=200ms",
                "wps.security.issuer-uri=" + TestTokens.ISSUER,
                "wps.security.public-key=" + TestTokens.publicKeyPem()
        ).applyTo(context);
        context.getBeanFactory().registerSingleton("serviceUnderTest", new ServiceUnderTest(context.getEnvironment()));
    }
}
