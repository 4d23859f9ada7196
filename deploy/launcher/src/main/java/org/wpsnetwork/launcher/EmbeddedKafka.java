package org.wpsnetwork.launcher;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller, one node) in this JVM, from the
 * Kafka jars. The log directory is formatted on first start and kept, so topics and events survive a restart.
 */
final class EmbeddedKafka implements AutoCloseable {

    private final KafkaRaftServer server;
    private final int port;

    EmbeddedKafka(Path logDirectory, int port, int controllerPort) throws IOException {
        this.port = port;
        Files.createDirectories(logDirectory);
        Properties properties = new Properties();
        properties.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://localhost:" + port),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("controller.quorum.bootstrap.servers", "localhost:" + controllerPort),
                Map.entry("log.dirs", logDirectory.toString()),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                // An acknowledged record is on disk, not only in memory (one fsync per produce request).
                Map.entry("log.flush.interval.messages", "1"),
                // Topics are created explicitly, with their settings, before anything uses them.
                Map.entry("auto.create.topics.enable", "false")));
        formatOnFirstStart(logDirectory, properties);
        this.server = new KafkaRaftServer(KafkaConfig.fromProps(properties), Time.SYSTEM);
        server.startup();
    }

    private static void formatOnFirstStart(Path logDirectory, Properties properties) throws IOException {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        Path config = logDirectory.resolve("launcher-server.properties");
        try (var out = Files.newOutputStream(config)) {
            properties.store(out, "Written by the WPS launcher to format the storage");
        }
        String[] args = {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString(), "--standalone"};
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            StorageTool.runFormatCommand(StorageTool.parseArguments(args), KafkaConfig.fromProps(properties), print);
        } catch (Exception e) {
            throw new LaunchException("Could not format Kafka storage in " + logDirectory + ": " + e.getMessage()
                    + "\n" + output.toString(StandardCharsets.UTF_8), e);
        }
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
