package org.wpsnetwork.testsupport;

import org.springframework.core.env.Environment;

/**
 * The service a {@link ServiceIntegrationTest} started, as its tests reach it: over HTTP, and through the
 * broker under the topic names of its own namespace. Autowire it.
 */
public final class ServiceUnderTest {

    private final Environment environment;

    ServiceUnderTest(Environment environment) {
        this.environment = environment;
    }

    /** A client for the service's HTTP port (known once the server has started). */
    public Http http() {
        return new Http("http://localhost:" + environment.getRequiredProperty("local.server.port"));
    }

    public String kafkaBootstrapServers() {
        return environment.getRequiredProperty("wps.kafka.bootstrap-servers");
    }

    /** The name on the broker of a contract topic, such as {@code wps.membership.events}. */
    public String topic(String contractTopic) {
        return environment.getProperty("wps.kafka.topic-prefix", "") + contractTopic;
    }
}
