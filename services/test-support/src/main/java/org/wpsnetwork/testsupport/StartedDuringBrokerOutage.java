package org.wpsnetwork.testsupport;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * A second instance of a service, started while its broker cannot be reached (through a {@link TcpForwarder}
 * that is still closed), on the test JVM's database under a database and topic prefix of its own; then the broker
 * "returns". Close it to stop the instance and the forwarder.
 */
public final class StartedDuringBrokerOutage implements AutoCloseable {

    private final TcpForwarder outage;
    private final String realBroker;
    private final String prefix;
    private final ConfigurableApplicationContext service;
    private final long upMillis;

    /**
     * @param environment the test context's, for the real broker and database
     * @param name        names the instance's database and topic prefix
     */
    public StartedDuringBrokerOutage(Class<?> application, Environment environment, String name) {
        this.realBroker = environment.getRequiredProperty("wps.kafka.bootstrap-servers");
        this.outage = new TcpForwarder(realBroker);
        this.prefix = name + ".";
        String broker = outage.address();
        long started = System.nanoTime();
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--wps.kafka.bootstrap-servers=" + broker, "--wps.kafka.topic-prefix=" + prefix,
                "--spring.kafka.bootstrap-servers=" + broker, "--spring.cloud.stream.kafka.binder.brokers=" + broker,
                "--spring.mongodb.uri=" + environment.getRequiredProperty("spring.mongodb.uri"),
                "--wps.mongodb.database=" + name, "--wps.kafka.provisioning-timeout=3s", "--wps.kafka.partitions=1"));
        args.addAll(TestTokens.trustArguments());
        this.service = new SpringApplicationBuilder(application).run(args.toArray(String[]::new));
        this.upMillis = (System.nanoTime() - started) / 1_000_000;
    }

    public Http http() {
        return new Http("http://localhost:" + service.getEnvironment().getRequiredProperty("local.server.port"));
    }

    /** How long the start took, broker down. */
    public long upMillis() {
        return upMillis;
    }

    /** The real broker, for publishing and reading the instance's topics. */
    public String realBroker() {
        return realBroker;
    }

    /** The instance's name for a contract topic. */
    public String topic(String contractTopic) {
        return prefix + contractTopic;
    }

    /** The broker answers from now on; returns how long the instance took to become ready, in ms. */
    public long brokerReturns() throws IOException {
        long back = System.nanoTime();
        outage.open();
        Http http = http();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> http.get("/actuator/health/readiness").status() == 200);
        return (System.nanoTime() - back) / 1_000_000;
    }

    @Override
    public void close() throws IOException {
        try {
            service.close();
        } finally {
            outage.close();
        }
    }
}
