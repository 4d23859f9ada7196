package org.wpsnetwork.benchmarks;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * How long a membership change takes to show in the reporting view, on a running system, compared with the
 * floor set by the infrastructure: a raw Kafka produce (acks=all) to consume round trip on the same broker,
 * measured in the same run. The system path adds an HTTP write, a MongoDB write with the outbox, the relay,
 * the consumer's batch, the projection's MongoDB writes and an HTTP read.
 *
 * <p>Usage: {@code java -jar wps-benchmarks.jar [--membership=URL] [--reporting=URL] [--kafka=HOST:PORT] [--count=N]}
 */
public final class WriteToViewBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private WriteToViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        String membership = options.getOrDefault("membership", "http://localhost:8081");
        String reporting = options.getOrDefault("reporting", "http://localhost:8084");
        String kafka = options.getOrDefault("kafka", "localhost:9092");
        int count = Integer.parseInt(options.getOrDefault("count", "200"));

        System.out.printf("Write-to-view latency, %d changes each way (warm-up excluded)%n", count);
        Latencies raw = kafkaRoundTrip(kafka, count);
        System.out.println("  raw Kafka produce->consume (acks=all):  " + raw.summary());
        Latencies created = new Latencies();
        Latencies changed = new Latencies();
        systemRoundTrips(membership, reporting, count, created, changed);
        System.out.println("  member created -> in reporting view:     " + created.summary());
        System.out.println("  member renamed -> in reporting view:     " + changed.summary());
        System.out.printf("  ratio system/raw (median):  create %.1fx   rename %.1fx%n",
                (double) created.percentile(50) / raw.percentile(50), (double) changed.percentile(50) / raw.percentile(50));
    }

    /** The floor: one record produced with acks=all and read back by an assigned consumer, one at a time. */
    private static Latencies kafkaRoundTrip(String bootstrap, int count) throws Exception {
        String topic = "bench.roundtrip." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
                 KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                         ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                         ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                         ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
                TopicPartition partition = new TopicPartition(topic, 0);
                consumer.assign(List.of(partition));
                consumer.seekToEnd(List.of(partition));
                consumer.position(partition);
                byte[] payload = new byte[600];
                Latencies latencies = new Latencies();
                for (int i = -20; i < count; i++) {
                    long started = System.nanoTime();
                    producer.send(new ProducerRecord<>(topic, "k" + i, payload));
                    producer.flush();
                    awaitOne(consumer);
                    if (i >= 0) {
                        latencies.add(System.nanoTime() - started);
                    }
                }
                return latencies;
            } finally {
                admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    private static void awaitOne(KafkaConsumer<String, byte[]> consumer) {
        while (true) {
            for (ConsumerRecord<String, byte[]> ignored : consumer.poll(Duration.ofMillis(1))) {
                return;
            }
        }
    }

    /** Creates then renames members one at a time, timing each until the reporting view shows it. */
    private static void systemRoundTrips(String membership, String reporting, int count, Latencies created,
                                         Latencies changed) throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 10_000, 26).toUpperCase().replaceAll("[0-9]", "Q");
        for (int i = -10; i < count; i++) {
            String code = "BX" + run + letters(i + 10);
            long started = System.nanoTime();
            HttpResponse<String> response = send("POST", membership + "/api/v1/members", """
                    {"code":"%s","name":"Benchmark %s","type":"REGIONAL_ORGANIZATION","region":"TRANSREGIONAL",
                     "joinedOn":"2020-01-01"}""".formatted(code, code), null);
            require(response, 201);
            awaitView(reporting, code, view -> true);
            long createdNanos = System.nanoTime() - started;
            started = System.nanoTime();
            require(send("PATCH", membership + "/api/v1/members/" + code, "{\"name\":\"Renamed " + code + "\"}",
                    response.headers().firstValue("ETag").orElseThrow()), 200);
            awaitView(reporting, code, view -> view.path("name").asString().startsWith("Renamed"));
            if (i >= 0) {
                created.add(createdNanos);
                changed.add(System.nanoTime() - started);
            }
        }
    }

    private static String letters(int n) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            letters.append((char) ('A' + n % 26));
            n /= 26;
        }
        return letters.toString();
    }

    private static void awaitView(String reporting, String code, Predicate<JsonNode> shows)
            throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = send("GET", reporting + "/api/v1/reports/members/" + code, null, null);
            if (response.statusCode() == 200 && shows.test(JSON.readTree(response.body()))) {
                return;
            }
            Thread.sleep(0, 500_000);
        }
        throw new IllegalStateException(code + " did not reach the reporting view within 30 s");
    }

    private static HttpResponse<String> send(String method, String url, String body, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void require(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("Expected " + status + " but got " + response.statusCode() + ": "
                    + response.body());
        }
    }
}
