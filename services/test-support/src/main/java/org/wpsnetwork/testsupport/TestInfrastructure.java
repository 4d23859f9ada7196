package org.wpsnetwork.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;
import org.testcontainers.utility.DockerImageName;

import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real Kafka broker and MongoDB endpoint of this test JVM, started once on first use and shared by every
 * test class and Spring context (each context isolates itself with its own topic prefix and database).
 *
 * <p>{@code -Dtest.infra=docker} uses Testcontainers (Kafka, MongoDB replica set), {@code embedded} an
 * in-process KRaft broker and mongo-java-server, {@code auto} (the default) Docker when an engine answers
 * within five seconds, embedded otherwise. Everything stops when the JVM exits; no port or process remains.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static final String KAFKA_IMAGE = "apache/kafka:4.1.1";
    private static final String MONGO_IMAGE = "mongo:8.0";

    /** Where the shared infrastructure listens, and which kind it is. */
    public record Endpoints(String kafkaBootstrapServers, String mongoUri, String mode) {
    }

    private static Endpoints endpoints;
    private static Boolean docker;

    private TestInfrastructure() {
    }

    public static synchronized Endpoints get() {
        if (endpoints == null) {
            long started = System.nanoTime();
            endpoints = usesDocker() ? startContainers() : startEmbedded();
            log.info("Test infrastructure ({}) ready in {} ms: Kafka {}, MongoDB {}", endpoints.mode(),
                    (System.nanoTime() - started) / 1_000_000, endpoints.kafkaBootstrapServers(), endpoints.mongoUri());
        }
        return endpoints;
    }

    /** Whether this JVM's tests run on Testcontainers (decided once, without starting anything). */
    public static synchronized boolean usesDocker() {
        if (docker == null) {
            docker = decideDocker();
        }
        return docker;
    }

    private static boolean decideDocker() {
        String mode = System.getProperty("test.infra", "auto").toLowerCase(Locale.ROOT);
        return switch (mode) {
            case "docker" -> true;
            case "embedded" -> false;
            case "auto" -> dockerAnswers();
            default -> throw new IllegalArgumentException("test.infra must be auto, docker or embedded, not " + mode);
        };
    }

    /** The Docker probe can block forever on a socket that accepts and never answers, so it is bounded. */
    private static boolean dockerAnswers() {
        CompletableFuture<Boolean> probe = CompletableFuture.supplyAsync(
                () -> DockerClientFactory.instance().isDockerAvailable());
        try {
            return probe.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            probe.cancel(true);
            return false;
        }
    }

    private static Endpoints startEmbedded() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.shutdownNow();
            broker.destroy();
        }, "test-infrastructure-shutdown"));
        return new Endpoints(broker.getBrokersAsString(),
                "mongodb://127.0.0.1:" + address.getPort(), "embedded");
    }

    private static Endpoints startContainers() {
        KafkaContainer kafka = new KafkaContainer(DockerImageName.parse(KAFKA_IMAGE));
        MongoDBContainer mongo = new MongoDBContainer(DockerImageName.parse(MONGO_IMAGE));
        kafka.start();
        mongo.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.stop();
            kafka.stop();
        }, "test-containers-shutdown"));
        return new Endpoints(kafka.getBootstrapServers(), mongo.getConnectionString(), "docker");
    }
}
